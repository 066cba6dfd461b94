using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Trackdown.Build.Generators.Tests;

/// <summary>
/// The package hands the generator and analyzer one index file instead of the task files: the generated code and every
/// diagnostic (with its location in the task file) must be the same as from the files themselves.
/// </summary>
[TestClass]
public sealed class TaskIndexTests
{
    private const string IndexPath = "/repo/obj/trackdown.trackdown-index";

    private static readonly (string Path, string Text)[] Tasks =
    {
        ("/repo/tasks/epics/EPIC-001-auth.md", "---\nid: EPIC-001\ntype: epic\ntitle: User authentication\nstatus: in-progress\n---\n"),
        ("/repo/tasks/issues/ISSUE-001-login.md", "---\r\nid: ISSUE-001\r\ntype: issue\r\ntitle: 'Login: <flow> & \"more\"'   # quoted\r\nstatus: done\r\nepic: EPIC-001\r\n---\r\n"),
        ("/repo/tasks/tasks/TASK-014-form.md", "\uFEFF---\nid: TASK-014\ntype: task\ntitle: \"Tab\\tand\\\\ back\\nslash\"\nstatus: todo\nepic: EPIC-001\nparent: ISSUE-001\n---\n"),
        ("/repo/tasks/x.md", "---\nx: &other ISSUE-009\n\nid: 'é-—'\ntype: issue\ntitle: |\n  Block\n---\n"),
        ("/repo/tasks/y.md", "---\n  # comment\nid: Issue-001\n---\n"),
        ("/repo/tasks/z.md", "---\n{id: ISSUE-005, type: issue}\n---\n"),
    };

    private static string Index(IEnumerable<(string Path, string Text)> files)
        => TaskIndex.Write(files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => TaskIndex.Entry(f.Path, f.Text)));

    private static (string Generated, ImmutableArray<Diagnostic> Diagnostics) Generate(params (string Path, string Text)[] files)
    {
        var (output, diagnostics, _) = GeneratorHarness.Run(string.Empty, files);
        var generated = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Trackdown.TaskIds.g.cs", StringComparison.Ordinal)).ToString();
        return (generated, diagnostics);
    }

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return $"{d.Id} {span.Path}({span.StartLinePosition.Line},{span.StartLinePosition.Character})-({span.EndLinePosition.Line},{span.EndLinePosition.Character}) {d.Location.SourceSpan} {d.GetMessage(CultureInfo.InvariantCulture)}";
    }

    [TestMethod]
    public void Generate_FromIndex_SameCodeAndLocatedDiagnosticsAsFromTheFiles()
    {
        var fromFiles = Generate(Tasks);
        var fromIndex = Generate((IndexPath, Index(Tasks)));

        Assert.AreEqual(fromFiles.Generated, fromIndex.Generated);
        CollectionAssert.AreEquivalent(new[] { "TRK4001", "TRK4002", "TRK4003", "TRK4003" }, fromFiles.Diagnostics.Select(d => d.Id).ToArray(), "the fixture must exercise every generator diagnostic");
        CollectionAssert.AreEqual(fromFiles.Diagnostics.Select(Describe).OrderBy(s => s, StringComparer.Ordinal).ToArray(), fromIndex.Diagnostics.Select(Describe).OrderBy(s => s, StringComparer.Ordinal).ToArray());
        StringAssert.Contains(fromIndex.Generated, "Tab\\tand\\\\ back\\nslash", "escaped characters survive the index");
    }

    [TestMethod]
    [DataRow("[TaskRef(\"ISSUE-999\")] class C { }", "TRK4101")]
    [DataRow("[TaskRef(TaskIds.Issue001)] class C { }", "TRK4102")]
    [DataRow("/* see EPIC-001 and TASK-777 */ class C { }", "TRK4103")]
    public void Analyze_FromIndex_SameDiagnosticsAsFromTheFiles(string code, string expected)
    {
        var source = "using Trackdown;\n" + code;

        var fromFiles = GeneratorHarness.Analyze(source, Tasks).GetAwaiter().GetResult().Select(Describe).ToArray();
        var fromIndex = GeneratorHarness.Analyze(source, (IndexPath, Index(Tasks))).GetAwaiter().GetResult().Select(Describe).ToArray();

        Assert.IsTrue(fromFiles.Any(d => d.StartsWith(expected, StringComparison.Ordinal)), string.Join("\n", fromFiles));
        CollectionAssert.AreEqual(fromFiles, fromIndex, string.Join("\n", fromFiles) + "\n---\n" + string.Join("\n", fromIndex));
    }

    [TestMethod]
    public void Write_BodyEdit_LeavesTheIndexUnchanged_StatusEditChangesIt()
    {
        var task = ("/repo/tasks/ISSUE-001.md", GeneratorHarness.Task("ISSUE-001"));
        var bodyEdited = (task.Item1, task.Item2 + "More body text.\n## A heading\n");
        var statusEdited = (task.Item1, GeneratorHarness.Task("ISSUE-001", status: "done"));

        Assert.AreEqual(Index(new[] { task }), Index(new[] { bodyEdited }));
        Assert.AreNotEqual(Index(new[] { task }), Index(new[] { statusEdited }));
    }

    [TestMethod]
    public void Read_WrittenIndex_RoundTripsNullsEmptiesAndEscapes()
    {
        var scanned = new ScannedTask { Id = "ISSUE-001", Title = "a\tb\\c\nd\re", Type = string.Empty, Status = null, IdOffset = 8, IdLength = 9, IdLine = 1, IdColumn = 4 };
        scanned.Problems.Add(new ScannerProblem("title", "its value is an alias ('*')", 30, 6, 3, 7));

        var read = TaskIndex.Read(TaskIndex.Write(new[] { new TaskIndexEntry("/r/t\\a b.md", scanned) }), out var error);

        Assert.IsNull(error);
        var entry = read!.Single();
        Assert.AreEqual("/r/t\\a b.md", entry.Path);
        Assert.AreEqual(("ISSUE-001", "a\tb\\c\nd\re", string.Empty, (string?)null, 8, 9, 1, 4), (entry.Scanned.Id, entry.Scanned.Title, entry.Scanned.Type, entry.Scanned.Status, entry.Scanned.IdOffset, entry.Scanned.IdLength, entry.Scanned.IdLine, entry.Scanned.IdColumn));
        var problem = entry.Scanned.Problems.Single();
        Assert.AreEqual(("title", "its value is an alias ('*')", 30, 6, 3, 7), (problem.Key, problem.Reason, problem.Offset, problem.Length, problem.Line, problem.Column));
    }

    [TestMethod]
    [DataRow("not an index\n")]
    [DataRow("# trackdown task index v1\nT\tonly\tthree\n")]
    [DataRow("# trackdown task index v1\nP\t/a.md\tid\treason\t1\t2\t3\t4\n")]
    public void Generate_DamagedIndex_WarnsTrk4003AtTheIndex(string text)
    {
        var (_, diagnostics) = Generate((IndexPath, text));

        var diagnostic = diagnostics.Single();
        Assert.AreEqual("TRK4003", diagnostic.Id);
        Assert.AreEqual(IndexPath, diagnostic.Location.GetLineSpan().Path);
        StringAssert.Contains(diagnostic.GetMessage(CultureInfo.InvariantCulture), "task index");
    }
}
