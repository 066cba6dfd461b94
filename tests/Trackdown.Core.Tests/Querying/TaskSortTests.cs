using Trackdown.Core.Querying;
using Trackdown.Core.Repository;

namespace Trackdown.Core.Tests.Querying;

[TestClass]
public sealed class TaskSortTests
{
    private static readonly string[] Workflow = { "todo", "in-progress", "in-review", "done", "blocked" };

    private static TaskSet Seeded(TempRepo repo)
    {
        void Write(string id, string status, string? priority, string? updated)
            => repo.Write($"tasks/issues/{id}-x.md", $"---\nid: {id}\ntype: issue\ntitle: {id}\nstatus: {status}\n{(priority is null ? "" : $"priority: {priority}\n")}{(updated is null ? "" : $"updated: {updated}\n")}---\n");
        Write("ISSUE-010", "done", "low", "2026-01-05T00:00:00Z");
        Write("ISSUE-002", "todo", null, null);
        Write("ISSUE-003", "blocked", "critical", "2026-01-01T00:00:00Z");
        Write("ISSUE-001", "in-review", "high", "2026-01-05T00:00:00Z");
        Write("ISSUE-004", "todo", "medium", "2026-01-03T00:00:00Z");
        Write("ISSUE-005", "mystery", "high", "2026-01-04T00:00:00Z");
        return TaskSet.Load(repo.Tasks);
    }

    private static string[] Ids(TaskSort sort, TaskSet set) => sort.Apply(set.Items).Select(i => i.Id!).ToArray();

    [TestMethod]
    [DataRow(TaskSort.ById, false, new[] { "ISSUE-001", "ISSUE-002", "ISSUE-003", "ISSUE-004", "ISSUE-005", "ISSUE-010" })]
    [DataRow(TaskSort.ById, true, new[] { "ISSUE-010", "ISSUE-005", "ISSUE-004", "ISSUE-003", "ISSUE-002", "ISSUE-001" })]
    [DataRow(TaskSort.ByPriority, false, new[] { "ISSUE-003", "ISSUE-001", "ISSUE-005", "ISSUE-004", "ISSUE-010", "ISSUE-002" })]
    [DataRow(TaskSort.ByPriority, true, new[] { "ISSUE-002", "ISSUE-010", "ISSUE-004", "ISSUE-001", "ISSUE-005", "ISSUE-003" })]
    [DataRow(TaskSort.ByStatus, false, new[] { "ISSUE-002", "ISSUE-004", "ISSUE-001", "ISSUE-010", "ISSUE-003", "ISSUE-005" })]
    [DataRow(TaskSort.ByUpdated, false, new[] { "ISSUE-001", "ISSUE-010", "ISSUE-005", "ISSUE-004", "ISSUE-003", "ISSUE-002" })]
    [DataRow(TaskSort.ByUpdated, true, new[] { "ISSUE-002", "ISSUE-003", "ISSUE-004", "ISSUE-005", "ISSUE-001", "ISSUE-010" })]
    public void Apply_OrdersByKeyThenId(string key, bool reverse, string[] expected)
    {
        using var repo = new TempRepo(trackdown: true);

        CollectionAssert.AreEqual(expected, Ids(new TaskSort { Key = key, Reverse = reverse, Statuses = Workflow }, Seeded(repo)));
    }

    [TestMethod]
    public void Apply_LimitTakesTheFirstAfterSorting()
    {
        using var repo = new TempRepo(trackdown: true);
        var set = Seeded(repo);

        CollectionAssert.AreEqual(new[] { "ISSUE-003", "ISSUE-001" }, Ids(new TaskSort { Key = TaskSort.ByPriority, Limit = 2 }, set));
        Assert.IsEmpty(Ids(new TaskSort { Limit = 0 }, set));
        Assert.HasCount(6, Ids(new TaskSort { Limit = 100 }, set));
    }

    [TestMethod]
    public void Apply_BadKeyOrLimit_Throws()
    {
        using var repo = new TempRepo(trackdown: true);
        var set = Seeded(repo);

        Assert.ThrowsExactly<ArgumentException>(() => new TaskSort { Key = "size" }.Apply(set.Items));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new TaskSort { Limit = -1 }.Apply(set.Items));
    }
}
