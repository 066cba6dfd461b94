using System.Text;
using Trackdown.Core.Editing;
using Trackdown.Core.Parsing;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Tests.Editing;

[TestClass]
public sealed class FrontmatterEditorTests
{
    private static TaskDocument Doc(string text) => TaskFileParser.Parse("t.md", text);

    private static string Edit(string text, Action<FrontmatterEditor> edit)
    {
        var editor = new FrontmatterEditor(Doc(text));
        edit(editor);
        return editor.ToText();
    }

    [TestMethod]
    [DataRow("status: todo", "in-progress", "status: in-progress")]
    [DataRow("status: 'todo'", "in-progress", "status: 'in-progress'")]
    [DataRow("status: \"todo\"", "in-progress", "status: \"in-progress\"")]
    [DataRow("status: todo   # trailing comment", "done", "status: done   # trailing comment")]
    [DataRow("status: todo", "@alice", "status: \"@alice\"")]
    [DataRow("status: todo", "123", "status: \"123\"")]
    [DataRow("status: todo", "yes: no", "status: \"yes: no\"")]
    [DataRow("status: todo", "a #b", "status: \"a #b\"")]
    [DataRow("status: todo", "true", "status: \"true\"")]
    [DataRow("status: 'todo'", "it's", "status: 'it''s'")]
    [DataRow("status:", "todo", "status: todo")]
    [DataRow("status: |\n  multi\n  line", "todo", "status: todo")]
    public void Set_ExistingKey_ReplacesOnlyTheValue(string line, string value, string expected)
    {
        var text = $"---\nid: TASK-001\n{line}\nafter: kept # c\n---\nbody\n";

        var result = Edit(text, e => e.Set("status", value));

        Assert.AreEqual($"---\nid: TASK-001\n{expected}\nafter: kept # c\n---\nbody\n", result);
        Assert.AreEqual(value, ((YamlScalar)Doc(result).Frontmatter!["status"]!).Value);
    }

    [TestMethod]
    public void Set_MissingKey_AppendsBeforeClosingFence()
    {
        var result = Edit("---\r\nid: TASK-001\r\n---\r\nbody\r\n", e => e.Set("assignee", "@bob").SetNumber("estimate", 2.5));

        Assert.AreEqual("---\r\nid: TASK-001\r\nassignee: \"@bob\"\r\nestimate: 2.5\r\n---\r\nbody\r\n", result);
    }

    [TestMethod]
    public void SetList_BlockSequence_KeepsIndentationAndDash()
    {
        var result = Edit("---\nlabels:\n    - a   # first\n    - b\nnext: 1\n---\n", e => e.SetList("labels", new[] { "a", "c: d" }));

        Assert.AreEqual("---\nlabels:\n    - a\n    - \"c: d\"\nnext: 1\n---\n", result);
    }

    [TestMethod]
    [DataRow("labels: [a, b]", "labels: [x, \"y,z\"]")]
    [DataRow("labels: []", "labels: [x, \"y,z\"]")]
    [DataRow("labels:", "labels: [x, \"y,z\"]")]
    public void SetList_FlowOrEmpty_WritesFlow(string line, string expected)
    {
        var result = Edit($"---\n{line}\n---\n", e => e.SetList("labels", new[] { "x", "y,z" }));

        Assert.AreEqual($"---\n{expected}\n---\n", result);
    }

    [TestMethod]
    public void Remove_BlockValue_DeletesItsLinesOnly()
    {
        var result = Edit("---\n# head\nlabels:\n  - a\n  - b\nid: TASK-001\n---\nx\n", e => e.Remove("labels"));

        Assert.AreEqual("---\n# head\nid: TASK-001\n---\nx\n", result);
    }

    [TestMethod]
    public void SetNumber_NestedPath_CreatesAndUpdatesLevels()
    {
        var created = Edit("---\nid: TASK-001\n---\n", e => e.SetNumber(new[] { "token_usage", "total" }, 10).SetNumber(new[] { "token_usage", "by_agent", "claude" }, 10));
        var updated = Edit(created, e => e.SetNumber(new[] { "token_usage", "by_agent", "claude" }, 25).SetNumber(new[] { "token_usage", "by_agent", "gpt4" }, 5));

        Assert.AreEqual("---\nid: TASK-001\ntoken_usage:\n  total: 10\n  by_agent:\n    claude: 10\n---\n", created);
        Assert.AreEqual("---\nid: TASK-001\ntoken_usage:\n  total: 10\n  by_agent:\n    claude: 25\n    gpt4: 5\n---\n", updated);
    }

    [TestMethod]
    public void SetNumber_NestedUnderEmptyKey_HangsBelowIt()
    {
        var result = Edit("---\ntoken_usage:\nid: TASK-001\n---\n", e => e.SetNumber(new[] { "token_usage", "total" }, 3));

        Assert.AreEqual("---\ntoken_usage:\n  total: 3\nid: TASK-001\n---\n", result);
    }

    [TestMethod]
    public void Constructor_UnparseableDocument_Refuses()
    {
        Assert.ThrowsExactly<InvalidOperationException>(() => new FrontmatterEditor(Doc("---\nid: [x\n---\n")));
        Assert.ThrowsExactly<InvalidOperationException>(() => new FrontmatterEditor(Doc("no frontmatter")));
    }

    [TestMethod]
    public void Save_KeepsByteOrderMarkAndLeavesNoTempFiles()
    {
        var dir = Directory.CreateTempSubdirectory("trackdown-save").FullName;
        try
        {
            var path = Path.Combine(dir, "TASK-001-x.md");
            File.WriteAllBytes(path, new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\nstatus: todo\n---\n")).ToArray());
            var doc = TaskFileParser.ReadFile(path);

            TaskFileWriter.Save(doc, new FrontmatterEditor(doc).Set("status", "done").ToText());

            var bytes = File.ReadAllBytes(path);
            CollectionAssert.AreEqual(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3).ToArray());
            Assert.AreEqual("---\nstatus: done\n---\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
            CollectionAssert.AreEqual(new[] { path }, Directory.GetFiles(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TestMethod]
    public void TryCreateNew_ExistingFile_ReturnsFalseAndKeepsIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trackdown-new-{Guid.NewGuid():N}.md");
        try
        {
            Assert.IsTrue(AtomicFile.TryCreateNew(path, "first", withBom: false));
            Assert.IsFalse(AtomicFile.TryCreateNew(path, "second", withBom: false));
            Assert.AreEqual("first", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
