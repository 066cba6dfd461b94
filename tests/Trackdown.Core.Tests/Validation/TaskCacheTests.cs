using Trackdown.Core.Repository;

namespace Trackdown.Core.Tests.Validation;

[TestClass]
public sealed class TaskCacheTests
{
    private static string Snapshot(TaskSet set)
        => string.Join("\n", set.Items.Select(i => string.Join("|", i.Id, i.TypeName, i.Title, i.Status, i.Epic, i.Parent, string.Join(",", i.DependsOn), i.Assignee, i.Priority, i.Created, i.Updated, string.Join(",", i.Labels), i.Estimate, i.TokenBudget, i.TokenUsageTotal, i.FilePath)));

    private static void Age(string path) => File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));

    [TestMethod]
    public void LoadCached_WarmCache_ReturnsTheSameAsParsing()
    {
        using var repo = new TempRepo(trackdown: true);
        Age(repo.Task("EPIC-001", "epic", "token_budget: 5000\ntoken_usage:\n  total: 12\nlabels: [a, b]\n"));
        Age(repo.Task("TASK-001", "task", "epic: EPIC-001\ndepends_on: [TASK-002]\nestimate: 2.5\ncreated: 2026-01-01T10:00:00+02:00\nassignee: \"@a\"\n"));
        Age(repo.Task("TASK-002", "task"));
        var cache = Path.Combine(repo.Root, ".ai-trackdown", "cache", "tasks.bin");

        var cold = TaskSet.LoadCached(repo.Tasks, cache);
        var warm = TaskSet.LoadCached(repo.Tasks, cache);

        Assert.IsTrue(File.Exists(cache));
        Assert.AreEqual(Snapshot(TaskSet.Load(repo.Tasks)), Snapshot(cold));
        Assert.AreEqual(Snapshot(cold), Snapshot(warm));
        StringAssert.Contains(warm.Find("TASK-001")!.Body, "Body of TASK-001");
    }

    [TestMethod]
    public void LoadCached_EditedFile_IsReadAgain()
    {
        using var repo = new TempRepo(trackdown: true);
        var path = repo.Task("TASK-001", "task");
        Age(path);
        var cache = Path.Combine(repo.Root, ".ai-trackdown", "cache", "tasks.bin");
        TaskSet.LoadCached(repo.Tasks, cache);

        File.WriteAllText(path, File.ReadAllText(path).Replace("status: todo", "status: done"));

        Assert.AreEqual("done", TaskSet.LoadCached(repo.Tasks, cache).Find("TASK-001")!.Status);
    }

    [TestMethod]
    [DataRow(new byte[0])]
    [DataRow(new byte[] { 1, 2, 3 })]
    [DataRow(new byte[] { 15, (byte)'T', (byte)'R', (byte)'A', (byte)'C', (byte)'K', (byte)'D', (byte)'O', (byte)'W', (byte)'N', (byte)'-', (byte)'C', (byte)'A', (byte)'C', (byte)'H', (byte)'E', 1, 0, 0, 0, 200, 0, 0, 0 })]
    public void LoadCached_CorruptCache_IsIgnoredAndRebuilt(byte[] garbage)
    {
        using var repo = new TempRepo(trackdown: true);
        Age(repo.Task("TASK-001", "task"));
        var cache = Path.Combine(repo.Root, ".ai-trackdown", "cache", "tasks.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
        File.WriteAllBytes(cache, garbage);

        var set = TaskSet.LoadCached(repo.Tasks, cache);

        Assert.AreEqual("TASK-001", set.Items.Single().Id);
        Assert.AreEqual(Snapshot(set), Snapshot(TaskSet.LoadCached(repo.Tasks, cache)));
        Assert.IsGreaterThan(garbage.Length, new FileInfo(cache).Length);
    }

    [TestMethod]
    public void LoadCached_BrokenFiles_AreNeverCachedAndStillReported()
    {
        using var repo = new TempRepo(trackdown: true);
        Age(repo.Write("tasks/tasks/TASK-009-x.md", "---\nid: [broken\n---\n"));
        var cache = Path.Combine(repo.Root, ".ai-trackdown", "cache", "tasks.bin");

        TaskSet.LoadCached(repo.Tasks, cache);
        var set = TaskSet.LoadCached(repo.Tasks, cache);

        Assert.IsEmpty(set.Items);
        Assert.AreEqual("TRK1003", set.Documents.Single().Diagnostics.Single().Id);
    }
}
