using System.Text.Json;

namespace Trackdown.Cli.Tests;

[TestClass]
public sealed class CreateAndListTests
{
    [TestMethod]
    public void Init_NewRepository_WritesConfigFoldersAndTemplates()
    {
        using var repo = new TempRepo(git: true);

        var result = repo.Expect(0, "init");

        StringAssert.Contains(result.Stdout, "created .ai-trackdown/config.yaml");
        Assert.IsTrue(File.Exists(repo.Path(".ai-trackdown/templates/issue.md")));
        Assert.IsTrue(Directory.Exists(repo.Path("tasks/epics")));
        StringAssert.Contains(repo.Read(".ai-trackdown/config.yaml"), "statuses");
        StringAssert.Contains(repo.Expect(0, "init").Stdout, "nothing was changed");
    }

    [TestMethod]
    public void Create_ReadmeScenario_WritesLinkedTasks()
    {
        using var repo = new TempRepo(git: true);
        repo.Expect(0, "init");

        StringAssert.Contains(repo.Expect(0, "create", "epic", "User authentication", "--budget", "50000").Stdout, "EPIC-001");
        repo.Expect(0, "create", "issue", "Login flow", "--epic", "EPIC-001", "--assignee", "@alice", "--labels", "auth,ui", "--priority", "high", "--estimate", "5");
        var task = repo.Expect(0, "create", "task", "Create login form", "--parent", "ISSUE-001", "--json");

        using var created = JsonDocument.Parse(task.Stdout);
        Assert.AreEqual("TASK-001", created.RootElement.GetProperty("id").GetString());
        Assert.AreEqual("tasks/tasks/TASK-001-create-login-form.md", created.RootElement.GetProperty("path").GetString());
        var issue = repo.Read("tasks/issues/ISSUE-001-login-flow.md");
        StringAssert.Contains(issue, "assignee: \"@alice\"");
        StringAssert.Contains(issue, "labels: [auth, ui]");
        StringAssert.Contains(issue, "<!-- AI_CONTEXT_START -->");
        StringAssert.Contains(repo.Read("tasks/epics/EPIC-001-user-authentication.md"), "token_budget: 50000");
        StringAssert.Contains(repo.Read("tasks/tasks/TASK-001-create-login-form.md"), "epic: EPIC-001");
        repo.Expect(0, "validate");
    }

    [TestMethod]
    public void Create_CustomTemplate_KeepsItsKeysCommentsAndBody()
    {
        using var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        repo.Write(".ai-trackdown/templates/issue.md", "---\n# team template\nid: ISSUE-000\ntype: issue\ntitle: x\nstatus: todo\nteam: platform\n---\n# {{id}}: {{title}}\n\n<!-- AI_CONTEXT_START -->\nCustom context.\n<!-- AI_CONTEXT_END -->\n");

        repo.Expect(0, "create", "issue", "Templated");

        var text = repo.Read("tasks/issues/ISSUE-001-templated.md");
        StringAssert.StartsWith(text, "---\n# team template\nid: ISSUE-001\ntype: issue\ntitle: Templated\nstatus: todo\nteam: platform\n");
        StringAssert.Contains(text, "---\n# ISSUE-001: Templated\n\n<!-- AI_CONTEXT_START -->\nCustom context.");
    }

    [TestMethod]
    public void Create_NoTitleWithoutTerminal_IsUsageError()
    {
        using var repo = new TempRepo(git: true);
        repo.Expect(0, "init");

        var result = repo.Expect(2, "create", "issue");

        StringAssert.Contains(result.Stderr, "title is required");
        Assert.IsFalse(Directory.EnumerateFiles(repo.Path("tasks/issues"), "*.md").Any());
    }

    [TestMethod]
    public void Create_UnknownEpic_FailsAndWritesNothing()
    {
        using var repo = new TempRepo(git: true);
        repo.Expect(0, "init");

        var result = repo.Expect(1, "create", "issue", "Orphan", "--epic", "EPIC-009");

        StringAssert.Contains(result.Stderr, "EPIC-009");
        Assert.IsFalse(Directory.EnumerateFiles(repo.Path("tasks/issues"), "*").Any(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".claim", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Create_EightProcessesAtOnce_GetEightIds()
    {
        using var repo = new TempRepo(git: true);
        repo.Expect(0, "init");

        var results = Enumerable.Range(1, 8).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => repo.Cli("create", "task", $"Parallel {i}", "--json"))
            .ToList();

        Assert.IsTrue(results.All(r => r.ExitCode == 0), string.Join("\n", results));
        var ids = results.Select(r => JsonDocument.Parse(r.Stdout).RootElement.GetProperty("id").GetString()).ToList();
        CollectionAssert.AreEquivalent(Enumerable.Range(1, 8).Select(i => $"TASK-{i:000}").ToList(), ids);
        repo.Expect(0, "validate");
    }

    [TestMethod]
    public void List_Filters_ReturnMatchingItemsAsJson()
    {
        using var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        repo.Expect(0, "create", "epic", "E");
        repo.Expect(0, "create", "issue", "Mine", "--epic", "EPIC-001", "--assignee", "@me", "--status", "in-progress");
        repo.Expect(0, "create", "issue", "Theirs", "--epic", "EPIC-001", "--assignee", "@bob", "--status", "in-progress");
        repo.Expect(0, "create", "task", "Mine too", "--assignee", "@me", "--status", "in-progress");

        var result = repo.Expect(0, "list", "--status", "in-progress", "--assignee", "@me", "--type", "issue", "--json");

        using var json = JsonDocument.Parse(result.Stdout);
        var only = json.RootElement.EnumerateArray().Single();
        Assert.AreEqual("ISSUE-001", only.GetProperty("id").GetString());
        Assert.AreEqual("@test", only.GetProperty("assignee").GetString()); // the email's local part, not "Test User"
        Assert.AreEqual("EPIC-001", only.GetProperty("epic").GetString());
    }

    [TestMethod]
    public void List_Table_ShowsTitles()
    {
        using var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        repo.Expect(0, "create", "epic", "Table epic");

        var result = repo.Expect(0, "list");

        StringAssert.Contains(result.Stdout, "EPIC-001");
        StringAssert.Contains(result.Stdout, "Table epic");
        Assert.IsFalse(result.Stdout.Contains('\u001b'), "no colour codes when redirected");
    }

    [TestMethod]
    public void Commands_OutsideRepository_AreUsageErrors()
    {
        using var dir = new TempRepo();

        var result = dir.Expect(2, "list");

        StringAssert.Contains(result.Stderr, "dotnet trackdown init");
    }
}
