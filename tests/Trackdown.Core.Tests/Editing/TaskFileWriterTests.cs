using System.Text;
using Trackdown.Core.Editing;
using Trackdown.Core.Parsing;

namespace Trackdown.Core.Tests.Editing;

[TestClass]
public sealed class TaskFileWriterTests
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    [TestMethod]
    [DataRow(true)]
    [DataRow(false)]
    public void Save_EditedDocument_KeepsTheBomChoiceAndLeavesNoTempFiles(bool withBom)
    {
        using var folder = new TempRepo();
        var path = folder.Path("TASK-001-x.md");
        File.WriteAllBytes(path, (withBom ? Bom : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes("---\r\nstatus: todo\r\n---\r\nbody")).ToArray());
        var doc = TaskFileParser.ReadFile(path);

        TaskFileWriter.Save(doc, new FrontmatterEditor(doc).Set("status", "done").ToText());

        var expected = (withBom ? Bom : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes("---\r\nstatus: done\r\n---\r\nbody")).ToArray();
        CollectionAssert.AreEqual(expected, File.ReadAllBytes(path));
        CollectionAssert.AreEqual(new[] { "TASK-001-x.md" }, folder.Names());
    }

    [TestMethod]
    public void Save_UnparseableOriginal_Refuses()
    {
        using var folder = new TempRepo();
        var path = folder.Path("TASK-001-x.md");
        File.WriteAllText(path, "---\nid: [x\n---\n");
        var doc = TaskFileParser.ReadFile(path);

        Assert.ThrowsExactly<InvalidOperationException>(() => TaskFileWriter.Save(doc, "---\nid: x\n---\n"));

        Assert.AreEqual("---\nid: [x\n---\n", File.ReadAllText(path));
    }

    [TestMethod]
    public void Save_NewTextThatDoesNotParse_Refuses()
    {
        using var folder = new TempRepo();
        var path = folder.Path("TASK-001-x.md");
        File.WriteAllText(path, "---\nid: x\n---\n");
        var doc = TaskFileParser.ReadFile(path);

        Assert.ThrowsExactly<InvalidOperationException>(() => TaskFileWriter.Save(doc, "---\nid: [x\n---\n"));

        Assert.AreEqual("---\nid: x\n---\n", File.ReadAllText(path));
    }

    [TestMethod]
    public void Save_FileChangedSinceRead_RefusesAndKeepsTheOtherEdit()
    {
        using var folder = new TempRepo();
        var path = folder.Path("TASK-001-x.md");
        File.WriteAllText(path, "---\nstatus: todo\n---\n");
        var doc = TaskFileParser.ReadFile(path);
        File.WriteAllText(path, "---\nstatus: blocked\n---\n");

        Assert.ThrowsExactly<IOException>(() => TaskFileWriter.Save(doc, new FrontmatterEditor(doc).Set("status", "done").ToText()));

        Assert.AreEqual("---\nstatus: blocked\n---\n", File.ReadAllText(path));
        CollectionAssert.AreEqual(new[] { "TASK-001-x.md" }, folder.Names());
    }

    [TestMethod]
    public void Save_FileDeletedSinceRead_RefusesToRecreateIt()
    {
        using var folder = new TempRepo();
        var path = folder.Path("TASK-001-x.md");
        File.WriteAllText(path, "---\nstatus: todo\n---\n");
        var doc = TaskFileParser.ReadFile(path);
        File.Delete(path);

        Assert.ThrowsExactly<IOException>(() => TaskFileWriter.Save(doc, "---\nstatus: done\n---\n"));

        Assert.IsFalse(File.Exists(path));
    }
}
