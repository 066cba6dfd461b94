using System.Text.Json;

namespace Trackdown.Cli.Tests;

/// <summary>show: children, token usage and an epic's progress, as text and JSON.</summary>
[TestClass]
public sealed class ShowDetailsTests
{
    private static TempRepo Seeded()
    {
        var repo = new TempRepo(git: true, trackdown: true);
        repo.Task("EPIC-001", "epic", "token_usage:\n  total: 1500\n  by_agent:\n    gpt4: 500\n    claude: 1000\n");
        repo.Task("ISSUE-001", "issue", "epic: EPIC-001\n");
        repo.Write("tasks/issues/ISSUE-002-item.md", "---\nid: ISSUE-002\ntype: issue\ntitle: Done one\nstatus: done\nepic: EPIC-001\n---\n");
        repo.Task("TASK-001", "task", "parent: ISSUE-001\n");
        repo.Task("TASK-002", "task");
        return repo;
    }

    [TestMethod]
    public void Epic_Json_HasChildrenUsageAndProgress()
    {
        using var repo = Seeded();

        using var json = JsonDocument.Parse(repo.Expect(0, "show", "EPIC-001", "--json").Stdout);
        var root = json.RootElement;

        CollectionAssert.AreEqual(new[] { "ISSUE-001", "ISSUE-002", "TASK-001" }, root.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToArray());
        Assert.AreEqual("done", root.GetProperty("children")[1].GetProperty("status").GetString());
        Assert.AreEqual(1500, root.GetProperty("tokenUsage").GetInt64());
        Assert.AreEqual(1000, root.GetProperty("tokenUsageByAgent").GetProperty("claude").GetInt64());
        Assert.AreEqual(500, root.GetProperty("tokenUsageByAgent").GetProperty("gpt4").GetInt64());
        var progress = root.GetProperty("progress");
        Assert.AreEqual((1, 3, 33), (progress.GetProperty("closed").GetInt32(), progress.GetProperty("total").GetInt32(), progress.GetProperty("percent").GetInt32()));
    }

    [TestMethod]
    public void Epic_Text_ShowsTheSame()
    {
        using var repo = Seeded();

        var stdout = repo.Expect(0, "show", "EPIC-001").Stdout;

        StringAssert.Contains(stdout, "1/3 closed (33%)");
        StringAssert.Contains(stdout, "1,500 (claude 1,000, gpt4 500)");
        StringAssert.Contains(stdout, "Issues and tasks (3)");
        StringAssert.Contains(stdout, "ISSUE-002  done  Done one");
    }

    [TestMethod]
    public void Issue_HasItsTasksAndNoProgress()
    {
        using var repo = Seeded();

        using var json = JsonDocument.Parse(repo.Expect(0, "show", "ISSUE-001", "--json").Stdout);

        Assert.AreEqual("TASK-001", json.RootElement.GetProperty("children").EnumerateArray().Single().GetProperty("id").GetString());
        Assert.IsFalse(json.RootElement.TryGetProperty("progress", out _));
        Assert.IsFalse(json.RootElement.TryGetProperty("tokenUsage", out _));
        StringAssert.Contains(repo.Expect(0, "show", "ISSUE-001").Stdout, "Tasks (1)");
    }
}
