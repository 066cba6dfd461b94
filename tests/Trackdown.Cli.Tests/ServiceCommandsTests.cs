using System.Text.Json;

namespace Trackdown.Cli.Tests;

/// <summary>The service's commands as a user runs them: real processes in real git repositories.</summary>
[TestClass]
public sealed class ServiceCommandsTests
{
    private const string Issue = "tasks/issues/ISSUE-001-login-flow.md";

    private static TempRepo Seeded()
    {
        var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        repo.Expect(0, "create", "epic", "Auth");
        repo.Expect(0, "create", "issue", "Login flow", "--epic", "EPIC-001");
        repo.Expect(0, "create", "task", "Login form", "--parent", "ISSUE-001");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "initial tasks");
        return repo;
    }

    private static JsonElement Show(TempRepo repo, string id) => JsonDocument.Parse(repo.Expect(0, "show", id, "--json").Stdout).RootElement;

    private static ProcessResult Run(TempRepo repo, IDictionary<string, string?> env, params string[] args) => CliRunner.Run(repo.Root, env, args);

    [TestMethod]
    public void CloseReopenAssignComment_AndHistoryShowsWhoWhenWhereOldAndNew()
    {
        using var repo = Seeded();
        StringAssert.Contains(repo.Expect(0, "assign", "ISSUE-001", "@bob").Stdout, "assignee: @bob");
        repo.Expect(0, "comment", "ISSUE-001", "Blocked on the OAuth app");
        StringAssert.Contains(repo.Expect(0, "close", "ISSUE-001", "--reason", "done in #12").Stdout, "status: todo -> done");
        repo.Expect(0, "reopen", "ISSUE-001");
        repo.Expect(0, "assign", "ISSUE-001", "--none");
        Assert.IsFalse(Show(repo, "ISSUE-001").TryGetProperty("assignee", out _));
        var comment = Show(repo, "ISSUE-001").GetProperty("comments").EnumerateArray().Single();
        Assert.AreEqual("Blocked on the OAuth app", comment.GetProperty("body").GetString());
        StringAssert.Contains(repo.Expect(0, "show", "ISSUE-001").Stdout, "Blocked on the OAuth app");

        var history = repo.Expect(0, "history", "ISSUE-001").Stdout;
        StringAssert.Contains(history, "assignee: @bob");
        StringAssert.Contains(history, "comment \"Blocked on the OAuth app\"");
        StringAssert.Contains(history, "(done in #12)");
        StringAssert.Contains(history, "git          commit");
        var json = JsonDocument.Parse(repo.Expect(0, "history", "ISSUE-001", "--json").Stdout).RootElement.GetProperty("entries");
        var close = json.EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "change").Select(e => e.GetProperty("change"))
            .First(c => c.TryGetProperty("note", out var note) && note.GetString() == "done in #12");
        Assert.AreEqual("cli", close.GetProperty("source").GetString());
        Assert.AreEqual("test", close.GetProperty("actor").GetString(), "the person's handle, not their display name");
        var change = close.GetProperty("changes")[0];
        Assert.AreEqual("todo", change.GetProperty("old").GetString());
        Assert.AreEqual("done", change.GetProperty("new").GetString());
    }

    [TestMethod]
    public void CommentsAddedOnTwoBranches_MergeWithoutAConflict()
    {
        using var repo = Seeded();
        repo.Git("switch", "-q", "-c", "side");
        repo.Expect(0, "comment", "ISSUE-001", "from the side branch");
        repo.Git("commit", "-qam", "side comment");
        repo.Git("switch", "-q", "-");
        repo.Expect(0, "comment", "ISSUE-001", "from main");
        repo.Git("commit", "-qam", "main comment");
        repo.Git("merge", "-q", "--no-edit", "side");
        Assert.AreEqual(2, Show(repo, "ISSUE-001").GetProperty("comments").GetArrayLength());
        Assert.AreEqual(2, repo.Read(".ai-trackdown/logs/activity.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains("\"comment\"")), "both audit lines survive the union merge");
    }

    [TestMethod]
    public void Refusals_HaveACode_TheFlagHint_AndExit1()
    {
        using var repo = Seeded();
        repo.Expect(0, "update", "ISSUE-001", "--status", "blocked");
        var refused = repo.Expect(1, "update", "ISSUE-001", "--status", "done");
        StringAssert.Contains(refused.Stderr, "error TRK2202:");
        StringAssert.Contains(refused.Stderr, "Pass --force to override.");
        StringAssert.Contains(repo.Expect(1, "delete", "ISSUE-001").Stderr, "error TRK2206:");
        StringAssert.Contains(repo.Expect(1, "create", "task", "x", "--epic", "EPIC-002", "--parent", "ISSUE-001").Stderr, "error TRK2103:");
        repo.Expect(0, "create", "epic", "Billing");
        var mismatch = repo.Expect(1, "create", "task", "x", "--epic", "EPIC-002", "--parent", "ISSUE-001");
        StringAssert.Contains(mismatch.Stderr, "error TRK2108:");
        Assert.IsFalse(repo.Exists("tasks/tasks/TASK-002-x.md"));
    }

    [TestMethod]
    public void Update_NewFields_Json_AndAutoStage()
    {
        using var repo = Seeded();
        repo.Expect(0, "create", "epic", "Billing");
        var json = JsonDocument.Parse(repo.Expect(0, "update", "ISSUE-001", "--epic", "EPIC-002", "--depends-on", "EPIC-001", "--budget", "20000", "--json").Stdout).RootElement;
        Assert.IsTrue(json.GetProperty("changed").GetBoolean());
        var issue = json.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "ISSUE-001");
        Assert.AreEqual(3, issue.GetProperty("changes").GetArrayLength());
        Assert.AreEqual("EPIC-002", Show(repo, "TASK-001").GetProperty("epic").GetString(), "the issue's task moves with it");
        var staged = repo.Git("diff", "--cached", "--name-only");
        StringAssert.Contains(staged, Issue, "git.auto_stage stages the update");
        StringAssert.Contains(staged, ".ai-trackdown/logs/activity.jsonl");
        Assert.AreEqual(string.Empty, repo.Git("diff", "--name-only"), "nothing is left unstaged");
    }

    [TestMethod]
    public void Help_NamesTheIdArgument_WithoutListingTheRepositorysIds()
    {
        using var repo = Seeded();
        var help = repo.Expect(0, "update", "--help").Stdout;
        StringAssert.Contains(help, "<id>");
        Assert.IsFalse(help.Contains("TASK-001") || help.Contains("EPIC-001"), "help must not enumerate completions (it read every task on each --help)");
    }

    [TestMethod]
    public void IssueLevelTokenBudget_IsChecked()
    {
        using var repo = Seeded();
        repo.Expect(0, "update", "ISSUE-001", "--budget", "100");
        repo.Expect(0, "tokens", "add", "TASK-001", "--agent", "claude", "--input", "120", "--output", "30");
        var check = repo.Expect(1, "tokens", "check", "--json");
        var issue = JsonDocument.Parse(check.Stdout).RootElement.EnumerateArray().Single(b => b.GetProperty("scope").GetString() == "issue");
        Assert.AreEqual("ISSUE-001", issue.GetProperty("name").GetString());
        Assert.AreEqual(150, issue.GetProperty("used").GetInt64(), "the issue's tasks count towards its budget");
        Assert.IsTrue(issue.GetProperty("isOverrun").GetBoolean());
    }

    [TestMethod]
    public void Delete_Force_RemovesReferencesInTheSameChange()
    {
        using var repo = Seeded();
        var output = repo.Expect(0, "delete", "ISSUE-001", "--force").Stdout;
        StringAssert.Contains(output, "Updated TASK-001: parent: ISSUE-001 -> (removed)");
        Assert.IsFalse(repo.Exists(Issue));
        Assert.IsFalse(Show(repo, "TASK-001").TryGetProperty("parent", out _));
        repo.Expect(0, "validate");
    }

    [TestMethod]
    public void Edit_SavesAValidEdit_AndKeepsABrokenOneBesideTheFile()
    {
        using var repo = Seeded();
        var script = repo.Write("editor.sh", "#!/bin/sh\nsed -i \"s/^title: .*/title: $NEW_TITLE/\" \"$1\"\n");
        var good = Run(repo, new Dictionary<string, string?> { ["EDITOR"] = "sh " + script, ["NEW_TITLE"] = "Sign-in flow" }, "edit", "ISSUE-001");
        Assert.AreEqual(0, good.ExitCode, good.ToString());
        Assert.AreEqual("Sign-in flow", Show(repo, "ISSUE-001").GetProperty("title").GetString());

        var before = repo.Read(Issue);
        var bad = Run(repo, new Dictionary<string, string?> { ["EDITOR"] = "sh " + script, ["NEW_TITLE"] = "[unclosed" }, "edit", "ISSUE-001");
        Assert.AreEqual(1, bad.ExitCode, bad.ToString());
        StringAssert.Contains(bad.Stderr, "error TRK2207:");
        Assert.AreEqual(before, repo.Read(Issue), "a broken edit never replaces the file");
        StringAssert.Contains(repo.Read(Issue + ".rejected"), "title: [unclosed", "what the user typed is kept");
    }

    [TestMethod]
    public void EightConcurrentUpdates_OfDifferentFields_AreAllKept()
    {
        using var repo = Seeded();
        var updates = new[]
        {
            new[] { "--priority", "high" }, new[] { "--assignee", "@bob" }, new[] { "--estimate", "5" }, new[] { "--add-label", "auth" },
            new[] { "--add-label", "ui" }, new[] { "--budget", "9000" }, new[] { "--status", "in-progress" }, new[] { "--depends-on", "TASK-001" },
        };
        var results = updates.AsParallel().WithDegreeOfParallelism(8).Select(u => repo.Cli(new[] { "update", "ISSUE-001" }.Concat(u).ToArray())).ToList();
        foreach (var result in results)
        {
            Assert.AreEqual(0, result.ExitCode, result.ToString());
        }

        var item = Show(repo, "ISSUE-001");
        Assert.AreEqual("high", item.GetProperty("priority").GetString());
        Assert.AreEqual("@bob", item.GetProperty("assignee").GetString());
        Assert.AreEqual(5, item.GetProperty("estimate").GetDouble());
        CollectionAssert.AreEquivalent(new[] { "auth", "ui" }, item.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToList());
        Assert.AreEqual(9000, item.GetProperty("tokenBudget").GetInt64());
        Assert.AreEqual("in-progress", item.GetProperty("status").GetString());
        Assert.AreEqual("TASK-001", item.GetProperty("dependsOn")[0].GetString());
        Assert.AreEqual(9, repo.Expect(0, "history", "ISSUE-001", "--json").Stdout.Split("\"kind\": \"change\"").Length - 1, "create, then one audit line per update");
    }

    [TestMethod]
    public void EightConcurrentClaims_OneWins_SevenAreToldWhoHoldsIt()
    {
        using var repo = Seeded();
        var results = Enumerable.Range(1, 8).AsParallel().WithDegreeOfParallelism(8)
            .Select(n => (Agent: $"agent{n}", Result: Run(repo, new Dictionary<string, string?> { ["TRACKDOWN_AGENT"] = $"agent{n}" }, "claim", "TASK-001")))
            .ToList();
        var winners = results.Where(r => r.Result.ExitCode == 0).ToList();
        Assert.AreEqual(1, winners.Count, string.Join("\n", results.Select(r => r.Result.ToString())));
        foreach (var loser in results.Where(r => r.Result.ExitCode != 0))
        {
            Assert.AreEqual(1, loser.Result.ExitCode, loser.Result.ToString());
            StringAssert.Contains(loser.Result.Stderr, $"error TRK2205: 'TASK-001' is held by @{winners[0].Agent}");
        }

        Assert.AreEqual("@" + winners[0].Agent, Show(repo, "TASK-001").GetProperty("assignee").GetString());
        Assert.AreEqual("in-progress", Show(repo, "TASK-001").GetProperty("status").GetString());
    }

    [TestMethod]
    public void PostCommitHook_LeavesTheTreeClean_SoBranchingWorks()
    {
        using var repo = Seeded();
        repo.Expect(0, "hooks", "install");
        File.WriteAllText(repo.Path("code.txt"), "fix\n");
        repo.Git("add", "code.txt");
        repo.Git("commit", "-q", "-m", "fix(ISSUE-001): token expiry");

        Assert.AreEqual("in-review", Show(repo, "ISSUE-001").GetProperty("status").GetString(), "todo -> in-progress -> in-review: the fix( rule works from todo");
        Assert.AreEqual(string.Empty, repo.Git("status", "--porcelain"), "the hook committed its own changes");
        StringAssert.Contains(repo.Git("log", "-1", "--format=%s"), "trackdown: ISSUE-001 todo -> in-review");
        StringAssert.Contains(repo.Expect(0, "branch", "TASK-001").Stdout, "Switched to a new branch");
    }

    [TestMethod]
    public void UpdateCommit_SatisfiesRequiresCommit_AndCommitsTheChange()
    {
        using var repo = Seeded();
        repo.Expect(0, "update", "ISSUE-001", "--status", "in-progress", "--commit");
        Assert.AreEqual(string.Empty, repo.Git("status", "--porcelain", "--", Issue));
        StringAssert.Contains(repo.Git("log", "-1", "--format=%s"), "update(ISSUE-001): status changed to in-progress");
    }
}
