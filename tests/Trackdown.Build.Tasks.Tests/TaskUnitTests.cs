namespace Trackdown.Build.Tasks.Tests;

[TestClass]
public sealed class TaskUnitTests
{
    [TestMethod]
    public void Validate_BadFile_LogsCodedErrorAtThePosition()
    {
        using var repo = SeededRepo.Create();
        var bad = repo.Write("tasks/tasks/TASK-001-t.md", "---\nid: TASK-001\ntype: task\ntitle: T\nstatus: todo\npriority: urgent\n---\n");
        var (engine, log) = FakeBuildEngine.Create();

        var ok = new ValidateTrackdownTasks { BuildEngine = engine, RepositoryRoot = repo.Root, TaskFiles = repo.Items() }.Execute();

        Assert.IsFalse(ok);
        var error = log.Errors.Single();
        Assert.AreEqual(("TRK1002", bad, 6, 11), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        Assert.AreEqual("TRK1002", error.HelpKeyword);
        StringAssert.EndsWith(error.HelpLink, "docs/diagnostics/TRK1002.md");
    }

    [TestMethod]
    public void Generate_WritesOnlyChangedFiles()
    {
        using var repo = SeededRepo.Create();
        var (engine, log) = FakeBuildEngine.Create();

        var first = new GenerateTrackdownIndex { BuildEngine = engine, RepositoryRoot = repo.Root, TaskFiles = repo.Items() };
        Assert.IsTrue(first.Execute());
        var second = new GenerateTrackdownIndex { BuildEngine = FakeBuildEngine.Create().Engine, RepositoryRoot = repo.Root, TaskFiles = repo.Items() };
        Assert.IsTrue(second.Execute());

        CollectionAssert.AreEquivalent(new[] { "llms.txt", "llms-full.txt", "TASKTRACK.md" }, first.WrittenFiles.Select(f => Path.GetFileName(f.ItemSpec)).ToArray());
        Assert.IsEmpty(second.WrittenFiles);
    }

    [TestMethod]
    public void Generate_CheckOnly_ReportsStaleFilesAndWritesNothing()
    {
        using var repo = SeededRepo.Create();
        var (engine, log) = FakeBuildEngine.Create();

        var task = new GenerateTrackdownIndex { BuildEngine = engine, RepositoryRoot = repo.Root, TaskFiles = repo.Items(), CheckOnly = true };

        Assert.IsFalse(task.Execute());
        Assert.AreEqual(3, log.Errors.Count(e => e.Code == "TRK2001"));
        Assert.IsFalse(File.Exists(repo.Path("llms.txt")));
    }

    [TestMethod]
    [DataRow(900, true, "TRK3001", false)]
    [DataRow(1200, true, "TRK3002", true)]
    [DataRow(1200, false, "TRK3002", false)]
    public void CheckBudget_LogsBySeverity(int used, bool overrunIsError, string code, bool isError)
    {
        using var repo = SeededRepo.Create();
        repo.Write("tasks/issues/ISSUE-001-i.md", $"---\nid: ISSUE-001\ntype: issue\ntitle: I\nstatus: todo\nepic: EPIC-001\ntoken_usage:\n  total: {used}\n---\n");
        var (engine, log) = FakeBuildEngine.Create();

        var ok = new CheckTrackdownTokenBudget { BuildEngine = engine, RepositoryRoot = repo.Root, TaskFiles = repo.Items(), OverrunIsError = overrunIsError }.Execute();

        Assert.AreEqual(!isError, ok);
        var logged = isError ? log.Errors.Select(e => (e.Code, e.LineNumber)).Single() : log.Warnings.Select(w => (w.Code, w.LineNumber)).Single();
        Assert.AreEqual((code, 6), logged);
    }

    [TestMethod]
    public void CheckBudget_LedgerPerAgentOverrun_PointsAtTheTaskTokenUsage()
    {
        using var repo = SeededRepo.Create();
        var issue = repo.Write("tasks/issues/ISSUE-001-i.md", "---\nid: ISSUE-001\ntype: issue\ntitle: I\nstatus: todo\nepic: EPIC-001\ntoken_usage:\n  total: 0\n---\n");
        repo.Write(".ai-trackdown/config.yaml", "project:\n  default_epic_budget: 100000000\nai:\n  agents:\n    claude:\n      max_tokens_per_task: 100\n");
        repo.Write("tasks/epics/EPIC-001-e.md", "---\nid: EPIC-001\ntype: epic\ntitle: E\nstatus: in-progress\n---\n");
        repo.Write(".ai-trackdown/logs/tokens.jsonl", $"{{\"time\":\"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ}\",\"task\":\"ISSUE-001\",\"agent\":\"claude\",\"input\":150,\"output\":0}}\nnot json\n");
        var (engine, log) = FakeBuildEngine.Create();

        var ok = new CheckTrackdownTokenBudget { BuildEngine = engine, RepositoryRoot = repo.Root, TaskFiles = repo.Items() }.Execute();

        Assert.IsFalse(ok);
        var error = log.Errors.Single();
        Assert.AreEqual(("TRK3002", issue, 8), (error.Code, error.File, error.LineNumber));
        StringAssert.Contains(error.Message, "ISSUE-001 by claude used 150 of 100 tokens");
        Assert.AreEqual(("TRK3101", 2), log.Warnings.Select(w => (w.Code, w.LineNumber)).Single());
    }

    [TestMethod]
    public void CheckBudget_BadThreshold_IsTrk0003()
    {
        using var repo = SeededRepo.Create();
        var (engine, log) = FakeBuildEngine.Create();

        Assert.IsFalse(new CheckTrackdownTokenBudget { BuildEngine = engine, RepositoryRoot = repo.Root, TaskFiles = repo.Items(), WarnThreshold = "lots" }.Execute());
        Assert.AreEqual("TRK0003", log.Errors.Single().Code);
    }
}
