using Trackdown.Core.Diagnostics;
using Trackdown.Core.Repository;
using Trackdown.Core.Validation;

namespace Trackdown.Core.Tests.Validation;

[TestClass]
public sealed class GraphValidatorTests
{
    private static readonly string[] Statuses = { "todo", "in-progress", "in-review", "done", "blocked" };

    private static IReadOnlyList<TrackdownDiagnostic> Validate(TempRepo repo)
        => GraphValidator.Validate(TaskSet.Load(repo.Tasks), Statuses);

    [TestMethod]
    public void Validate_ConsistentGraph_ReportsNothing()
    {
        using var repo = new TempRepo(trackdown: true);
        repo.Task("EPIC-001", "epic");
        repo.Task("ISSUE-001", "issue", "epic: EPIC-001\n");
        repo.Task("TASK-001", "task", "epic: EPIC-001\nparent: ISSUE-001\n");
        repo.Task("TASK-002", "task", "parent: ISSUE-001\ndepends_on: [TASK-001]\n");

        Assert.IsEmpty(Validate(repo));
    }

    [TestMethod]
    public void Validate_DuplicateId_ReportsSecondFileAtIdValue()
    {
        using var repo = new TempRepo(trackdown: true);
        repo.Write("tasks/tasks/TASK-001-a.md", "---\nid: TASK-001\ntype: task\ntitle: A\nstatus: todo\n---\n");
        var second = repo.Write("tasks/tasks/TASK-001-b.md", "---\nid: TASK-001\ntype: task\ntitle: B\nstatus: todo\n---\n");

        var error = Validate(repo).Single(d => d.Id == "TRK1004");

        Assert.AreEqual(second, error.FilePath);
        Assert.AreEqual((2, 5), (error.Line, error.Column));
        StringAssert.Contains(error.Message, "TASK-001-a.md");
    }

    [TestMethod]
    [DataRow("issues/ISSUE-001-x.md", "---\nid: ISSUE-002\ntype: issue\ntitle: X\nstatus: todo\n---\n", "TRK2101", 2, 5)]
    [DataRow("tasks/ISSUE-001-x.md", "---\nid: ISSUE-001\ntype: issue\ntitle: X\nstatus: todo\n---\n", "TRK2102", 3, 7)]
    [DataRow("issues/TASK-001-x.md", "---\nid: TASK-001\ntype: issue\ntitle: X\nstatus: todo\n---\n", "TRK2107", 2, 5)]
    [DataRow("issues/ISSUE-001-x.md", "---\nid: ISSUE-001\ntype: issue\ntitle: X\nstatus: doing\n---\n", "TRK1020", 5, 9)]
    [DataRow("issues/ISSUE-001-x.md", "---\nid: ISSUE-001\ntype: issue\ntitle: X\nstatus: todo\nepic: EPIC-404\n---\n", "TRK2103", 6, 7)]
    [DataRow("issues/ISSUE-001-x.md", "---\nid: ISSUE-001\ntype: issue\ntitle: X\nstatus: todo\ncreated: 2025-02-01T00:00:00Z\nupdated: 2025-01-01T00:00:00Z\n---\n", "TRK2106", 7, 10)]
    public void Validate_BadFile_ReportsCodeAtValue(string path, string text, string code, int line, int column)
    {
        using var repo = new TempRepo(trackdown: true);
        repo.Write("tasks/" + path, text);

        var error = Validate(repo).Single();

        Assert.AreEqual(code, error.Id, error.Message);
        Assert.AreEqual((line, column), (error.Line, error.Column), error.Message);
    }

    [TestMethod]
    public void Validate_ParentIsNotAnIssue_ReportsWrongType()
    {
        using var repo = new TempRepo(trackdown: true);
        repo.Task("EPIC-001", "epic");
        repo.Task("TASK-001", "task", "parent: EPIC-001\n");

        var error = Validate(repo).Single();

        Assert.AreEqual("TRK2104", error.Id);
        Assert.AreEqual((6, 9), (error.Line, error.Column));
        StringAssert.Contains(error.Message, "must name an issue");
    }

    [TestMethod]
    [DataRow("epic", "parent: ISSUE-001\n", "An epic cannot have a 'parent'")]
    [DataRow("epic", "epic: EPIC-002\n", "An epic cannot belong to another epic")]
    [DataRow("issue", "parent: ISSUE-001\n", "An issue cannot have a 'parent'")]
    public void Validate_ReferenceNotAllowedForType_ReportsWrongType(string type, string extra, string message)
    {
        using var repo = new TempRepo(trackdown: true);
        repo.Task("ISSUE-001", "issue");
        repo.Task("EPIC-002", "epic");
        repo.Task(type == "epic" ? "EPIC-001" : "ISSUE-002", type, extra);

        var error = Validate(repo).Single();

        Assert.AreEqual("TRK2104", error.Id);
        Assert.AreEqual(6, error.Line);
        StringAssert.StartsWith(error.Message, message);
    }

    [TestMethod]
    public void Validate_Cycle_ReportsItOnceWithThePath()
    {
        using var repo = new TempRepo(trackdown: true);
        repo.Task("TASK-001", "task", "depends_on: [TASK-002]\n");
        repo.Task("TASK-002", "task", "depends_on:\n  - TASK-003\n");
        repo.Task("TASK-003", "task", "depends_on: [TASK-001]\n");
        repo.Task("TASK-004", "task", "depends_on: [TASK-001]\n");

        var error = Validate(repo).Single();

        Assert.AreEqual("TRK2105", error.Id);
        StringAssert.Contains(error.Message, "TASK-001 -> TASK-002 -> TASK-003 -> TASK-001");
        StringAssert.EndsWith(error.FilePath, "TASK-001-item.md");
        Assert.AreEqual((6, 14), (error.Line, error.Column));
    }

    [TestMethod]
    public void Validate_SelfDependency_IsACycle()
    {
        using var repo = new TempRepo(trackdown: true);
        repo.Task("TASK-001", "task", "depends_on: [TASK-001]\n");

        Assert.AreEqual("TRK2105", Validate(repo).Single().Id);
    }

    [TestMethod]
    public void Validate_LongChain_DoesNotOverflow()
    {
        using var repo = new TempRepo(trackdown: true);
        for (var i = 1; i <= 3000; i++)
        {
            repo.Task($"TASK-{i:000}", "task", i < 3000 ? $"depends_on: [TASK-{i + 1:000}]\n" : "depends_on: [TASK-001]\n");
        }

        var error = Validate(repo).Single();

        Assert.AreEqual("TRK2105", error.Id);
        StringAssert.StartsWith(error.Message, "Dependencies form a cycle: TASK-001 -> TASK-002");
    }
}
