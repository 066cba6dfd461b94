using System.Text;
using Trackdown.Core.Parsing;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Tests.Parsing;

[TestClass]
public sealed class TaskFileParserTests
{
    private const string Valid = "---\nid: TASK-001\ntype: task\ntitle: Do it\nstatus: todo\n---\n# Body\n";

    [TestMethod]
    public void Parse_ValidFile_ReadsFieldsAndBody()
    {
        var doc = TaskFileParser.Parse("t.md", Encoding.UTF8.GetBytes(Valid));

        Assert.IsEmpty(doc.Diagnostics);
        Assert.AreEqual("TASK-001", doc.Item!.Id);
        Assert.AreEqual("todo", doc.Item.Status);
        Assert.AreEqual("# Body\n", doc.Body);
        var title = (YamlScalar)doc.Frontmatter!["title"]!;
        Assert.AreEqual(4, title.Span.Start.Line);
        Assert.AreEqual(8, title.Span.Start.Column);
        Assert.AreEqual("Do it", doc.Text.Substring(title.Span.Start.Offset, title.Span.Length));
    }

    [TestMethod]
    [DataRow("", "TRK1006", 1, 1)]
    [DataRow("# just markdown\n", "TRK1001", 1, 1)]
    [DataRow("---\nid: TASK-001\n", "TRK1005", 1, 1)]
    [DataRow("---\nid: TASK-001\ntitle: [unclosed\n---\n", "TRK1003", 4, 1)]
    [DataRow("---\nid: TASK-001\nid: TASK-002\n---\n", "TRK1009", 3, 1)]
    [DataRow("---\nid: TASK-001\nstatus: [todo\nlabels:\n  - a\n---\n", "TRK1003", 3, 9)]
    [DataRow("---\nid: TASK-001\nlabels:\n\t- a\n---\n", "TRK1010", 4, 1)]
    [DataRow("---\n- a\n- b\n---\n", "TRK1002", 2, 1)]
    public void Parse_BadInput_ReportsLocatedError(string text, string code, int line, int column)
    {
        var doc = TaskFileParser.Parse("t.md", Encoding.UTF8.GetBytes(text));

        var error = doc.Diagnostics.Single(d => d.IsError);
        Assert.AreEqual(code, error.Id);
        Assert.AreEqual(line, error.Line, error.Message);
        Assert.AreEqual(column, error.Column, error.Message);
        Assert.IsFalse(doc.IsEditable);
    }

    [TestMethod]
    public void Parse_Crlf_KeepsPositionsAndLineEnding()
    {
        var doc = TaskFileParser.Parse("t.md", Encoding.UTF8.GetBytes(Valid.Replace("\n", "\r\n")));

        Assert.IsEmpty(doc.Diagnostics);
        Assert.AreEqual("\r\n", doc.NewLine);
        var status = (YamlScalar)doc.Frontmatter!["status"]!;
        Assert.AreEqual(5, status.Span.Start.Line);
        Assert.AreEqual("todo", doc.Text.Substring(status.Span.Start.Offset, status.Span.Length));
        Assert.AreEqual("# Body\r\n", doc.Body);
    }

    [TestMethod]
    public void Parse_Bom_WarnsAndParses()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Valid)).ToArray();

        var doc = TaskFileParser.Parse("t.md", bytes);

        var warning = doc.Diagnostics.Single();
        Assert.AreEqual("TRK1012", warning.Id);
        Assert.AreEqual((1, 1), (warning.Line, warning.Column));
        Assert.IsTrue(doc.HasBom);
        Assert.IsTrue(doc.IsEditable);
        Assert.AreEqual("TASK-001", doc.Item!.Id);
    }

    [TestMethod]
    public void Parse_InvalidUtf8_PointsAtTheByte()
    {
        var bytes = Encoding.UTF8.GetBytes("---\nid: TASK-001\ntitle: caf").Concat(new byte[] { 0xE9, 0x21 }).Concat(Encoding.UTF8.GetBytes("\n---\n")).ToArray();

        var error = TaskFileParser.Parse("t.md", bytes).Diagnostics.Single();

        Assert.AreEqual("TRK1007", error.Id);
        Assert.AreEqual((3, 11), (error.Line, error.Column));
    }

    [TestMethod]
    public void Parse_BinaryFile_ReportsBinary()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

        var error = TaskFileParser.Parse("t.md", bytes).Diagnostics.Single();

        Assert.AreEqual("TRK1007", error.Id);
        StringAssert.Contains(error.Message, "binary");
    }

    [TestMethod]
    public void Parse_OnlyFrontmatter_IsValidWithEmptyBody()
    {
        var doc = TaskFileParser.Parse("t.md", Encoding.UTF8.GetBytes("---\nid: TASK-001\n---"));

        Assert.IsEmpty(doc.Diagnostics);
        Assert.AreEqual(string.Empty, doc.Body);
        Assert.AreEqual("TASK-001", doc.Item!.Id);
    }

    [TestMethod]
    public void ReadFile_HugeFile_IsRefusedWithoutReading()
    {
        using var dir = new TempRepo();
        var path = dir.Path("huge.md");
        using (var stream = File.Create(path))
        {
            stream.SetLength(20L * 1024 * 1024);
        }

        var error = TaskFileParser.ReadFile(path).Diagnostics.Single();

        Assert.AreEqual("TRK1008", error.Id);
        Assert.AreEqual((1, 1), (error.Line, error.Column));
    }

    [TestMethod]
    public void ReadFile_SymlinkLoop_ReportsUnreadable()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("Symbolic links need privileges on Windows.");
        }

        using var dir = new TempRepo();
        var a = dir.Path("a.md");
        var b = dir.Path("b.md");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);

        var error = TaskFileParser.ReadFile(a).Diagnostics.Single();

        Assert.AreEqual("TRK1011", error.Id);
    }
}
