using Trackdown.Core.Generation;
using Trackdown.Core.Querying;
using Trackdown.Core.Repository;

namespace Trackdown.Core.Tests.Querying;

[TestClass]
public sealed class TaskOverviewTests
{
    private static readonly GenerationOptions Options = new("p", new[] { "todo", "done", "wontfix" }, new[] { "done", "wontfix" }, 1000);

    [TestMethod]
    public void Epic_ChildrenIncludeTasksOfItsIssues_ProgressCountsEveryClosedStatus()
    {
        using var repo = new TempRepo(trackdown: true);
        repo.Task("EPIC-001", "epic");
        repo.Task("EPIC-002", "epic");
        repo.Task("ISSUE-001", "issue", "epic: EPIC-001\n");
        repo.Write("tasks/issues/ISSUE-002-x.md", "---\nid: ISSUE-002\ntype: issue\ntitle: X\nstatus: wontfix\nepic: EPIC-001\n---\n");
        repo.Write("tasks/tasks/TASK-001-x.md", "---\nid: TASK-001\ntype: task\ntitle: X\nstatus: done\nparent: ISSUE-001\n---\n");
        repo.Task("ISSUE-003", "issue", "epic: EPIC-002\n");
        var set = TaskSet.Load(repo.Tasks);

        var overview = TaskOverview.For(set.Find("EPIC-001")!, set, Options);

        CollectionAssert.AreEqual(new[] { "ISSUE-001", "ISSUE-002", "TASK-001" }, overview.Children.Select(c => c.Id).ToArray());
        Assert.AreEqual(new Progress(2, 3), overview.Progress);
        Assert.AreEqual(66, overview.Progress!.Percent);
        Assert.IsNull(overview.Usage);
    }

    [TestMethod]
    public void Issue_ChildrenAreItsTasks_NoProgress()
    {
        using var repo = new TempRepo(trackdown: true);
        repo.Task("ISSUE-001", "issue");
        repo.Task("TASK-002", "task", "parent: ISSUE-001\n");
        repo.Task("TASK-001", "task", "parent: ISSUE-001\n");
        repo.Task("TASK-003", "task");
        var set = TaskSet.Load(repo.Tasks);

        var overview = TaskOverview.For(set.Find("ISSUE-001")!, set, Options);

        CollectionAssert.AreEqual(new[] { "TASK-001", "TASK-002" }, overview.Children.Select(c => c.Id).ToArray());
        Assert.IsNull(overview.Progress);
        Assert.IsEmpty(TaskOverview.For(set.Find("TASK-003")!, set, Options).Children);
    }

    [TestMethod]
    public void Usage_ReadsTotalAndAgentsFromTheFrontmatter()
    {
        using var repo = new TempRepo(trackdown: true);
        repo.Task("TASK-001", "task", "token_usage:\n  total: 30\n  by_agent:\n    zeta: 10\n    alpha: 20\n    broken: lots\n");
        var set = TaskSet.Load(repo.Tasks);

        var usage = TaskOverview.UsageOf(set.Find("TASK-001")!)!;

        Assert.AreEqual(30, usage.Total);
        CollectionAssert.AreEqual(new[] { new KeyValuePair<string, long>("alpha", 20), new KeyValuePair<string, long>("zeta", 10) }, usage.ByAgent.ToArray());
    }
}
