namespace Trackdown.Build.Generators.Tests;

[TestClass]
public sealed class AnalyzerTests
{
    private static readonly (string, string)[] Tasks =
    {
        ("/repo/tasks/issues/ISSUE-001-open.md", GeneratorHarness.Task("ISSUE-001", status: "in-progress")),
        ("/repo/tasks/issues/ISSUE-002-done.md", GeneratorHarness.Task("ISSUE-002", status: "done")),
    };

    [TestMethod]
    [DataRow("[TaskRef(\"ISSUE-999\")] class C { }", "TRK4101", "\"ISSUE-999\"")]
    [DataRow("[TaskRef(\"ISSUE-002\")] class C { }", "TRK4102", "\"ISSUE-002\"")]
    [DataRow("[TaskRef(TaskIds.Issue002)] class C { }", "TRK4102", "TaskIds.Issue002")]
    [DataRow("class C { } // TODO(TASK-123): later", "TRK4103", "TASK-123")]
    [DataRow("/* see ISSUE-002 */ class C { }", "TRK4104", "ISSUE-002")]
    public void Analyze_Reference_ReportsAtTheReference(string code, string id, string at)
    {
        var source = "using Trackdown;\n" + code;

        var diagnostic = GeneratorHarness.Analyze(source, Tasks).GetAwaiter().GetResult().Single();

        Assert.AreEqual(id, diagnostic.Id);
        Assert.AreEqual(at, source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    [TestMethod]
    public void Analyze_ValidReferences_ReportNothing()
    {
        var source = "using Trackdown;\n[TaskRef(TaskIds.Issue001)]\n// ISSUE-001 is in progress\nclass C { }";

        Assert.IsEmpty(GeneratorHarness.Analyze(source, Tasks).GetAwaiter().GetResult());
    }

    [TestMethod]
    public void Analyze_ProjectWithoutTaskFiles_ReportsNothing()
    {
        Assert.IsEmpty(GeneratorHarness.Analyze("// TASK-404 anywhere\nclass C { }").GetAwaiter().GetResult());
    }
}
