using System.Text.Json;

namespace Trackdown.Cli.Tests;

/// <summary>
/// The original design's flow, with the design's own config.yaml copied unchanged into a real git repository, run as a
/// user runs it: processes and real commits through the hooks that config installs.
/// </summary>
[TestClass]
public sealed class DesignFlowTests
{
    private static string Status(TempRepo repo, string id) => JsonDocument.Parse(repo.Expect(0, "show", id, "--json").Stdout).RootElement.GetProperty("status").GetString()!;

    private static void Commit(TempRepo repo, string message)
    {
        File.AppendAllText(repo.Path("code.txt"), message + "\n");
        repo.Git("add", "code.txt");
        repo.Git("commit", "-q", "-m", message);
    }

    [TestMethod]
    public void TheDesignsConfig_RunsTheDesignsFlow()
    {
        using var repo = new TempRepo(git: true);
        var design = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "TestAssets", "DesignConfig", "config.yaml"));
        Directory.CreateDirectory(repo.Path(".ai-trackdown"));
        File.WriteAllBytes(repo.Path(".ai-trackdown/config.yaml"), design);

        StringAssert.Contains(repo.Expect(0, "init").Stdout, "installed the post-commit and pre-push hooks", "git.hooks.auto_install: true");
        CollectionAssert.AreEqual(design, File.ReadAllBytes(repo.Path(".ai-trackdown/config.yaml")), "init never rewrites the config");
        var validate = repo.Expect(0, "validate");
        Assert.AreEqual(string.Empty, validate.Stderr, "the design's config: 0 errors, 0 warnings");

        StringAssert.Contains(repo.Expect(0, "create", "epic", "Auth", "--budget", "1000").Stdout, "EPIC-0001");
        StringAssert.Contains(repo.Expect(0, "create", "issue", "Login flow", "--epic", "EPIC-0001").Stdout, "Created ISSUE-0001", "formats.id_pattern {number:04d}");
        StringAssert.Matches(repo.Read("tasks/issues/ISSUE-0001-login-flow.md"), new System.Text.RegularExpressions.Regex(@"created: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"), "formats.date");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "tasks");

        // todo -> in-progress (auto) -> in-review (requires_commit, satisfied by the commit); the commit rule wins over 'fix' as a done word.
        Commit(repo, "fix(ISSUE-0001): token expiry");
        Assert.AreEqual("in-review", Status(repo, "ISSUE-0001"));
        Assert.AreEqual(string.Empty, repo.Git("status", "--porcelain"), "the hook committed its own changes");

        var refused = repo.Expect(1, "update", "ISSUE-0001", "--status", "done");
        StringAssert.Contains(refused.Stderr, "error TRK2204:", "requires_approval");
        repo.Expect(0, "assign", "ISSUE-0001", "@alice");
        StringAssert.Contains(CliRunner.Run(repo.Root, new Dictionary<string, string?> { ["GIT_CONFIG_COUNT"] = "1", ["GIT_CONFIG_KEY_0"] = "trackdown.handle", ["GIT_CONFIG_VALUE_0"] = "alice" }, "approve", "ISSUE-0001").Stderr, "someone other than the assignee");
        repo.Expect(0, "approve", "ISSUE-0001", "--comment", "LGTM");
        repo.Expect(0, "update", "ISSUE-0001", "--status", "done");
        Assert.AreEqual("done", Status(repo, "ISSUE-0001"));

        var agent = repo.Expect(1, "create", "task", "x", "--agent", "claude");
        StringAssert.Contains(agent.Stderr, "error TRK2209: Agent 'claude' may not 'create'");
        repo.Expect(0, "comment", "ISSUE-0001", "allowed for claude", "--agent", "claude");

        // The token_usage rule (threshold 0.9, channels slack and email) fires once the epic's budget use crosses 90 %.
        repo.Expect(0, "create", "issue", "Sessions", "--epic", "EPIC-0001");
        var quiet = repo.Expect(0, "tokens", "add", "ISSUE-0002", "--agent", "gpt4", "--input", "400", "--output", "100");
        Assert.IsFalse(quiet.Stderr.Contains("alert"), quiet.ToString());
        var alert = repo.Expect(0, "tokens", "add", "ISSUE-0002", "--agent", "gpt4", "--input", "400", "--output", "50");
        StringAssert.Contains(alert.Stderr, "no notification channel delivers to slack, email yet");
        StringAssert.Contains(repo.Read(".ai-trackdown/logs/activity.jsonl"), "\"action\":\"alert\"");
    }

    [TestMethod]
    public void BranchProtection_RefusesADirectPushToTheDefaultBranch_AndCommitParsingOffMovesNothing()
    {
        using var remote = new TempRepo();
        remote.Git("init", "-q", "--bare", "-b", "main");
        using var repo = new TempRepo(git: true);
        repo.Git("checkout", "-q", "-b", "main");
        repo.Expect(0, "init");
        repo.Write(".ai-trackdown/config.yaml", "git:\n  hooks:\n    branch_protection: true\n    commit_parsing: false\n");
        repo.Expect(0, "create", "issue", "Login flow");
        repo.Expect(0, "hooks", "install");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "start ISSUE-001");
        Assert.AreEqual("todo", JsonDocument.Parse(repo.Expect(0, "show", "ISSUE-001", "--json").Stdout).RootElement.GetProperty("status").GetString(), "commit_parsing: false");
        repo.Git("remote", "add", "origin", remote.Root);

        var direct = ProcessRunner.Run(repo.Root, "git", "push", "-q", "origin", "HEAD:refs/heads/main");
        Assert.AreNotEqual(0, direct.ExitCode, direct.ToString());
        StringAssert.Contains(direct.Stderr, "pushing to 'main' directly is refused (git.hooks.branch_protection");
        var branch = ProcessRunner.Run(repo.Root, "git", "push", "-q", "origin", "HEAD:refs/heads/my-change");
        Assert.AreEqual(0, branch.ExitCode, branch.ToString());
    }
}
