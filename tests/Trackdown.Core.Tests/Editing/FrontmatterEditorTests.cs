using System.Globalization;
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

    private static YamlScalar Scalar(string text, string key) => (YamlScalar)Doc(text).Frontmatter![key]!;

    [TestMethod]
    [DataRow("status: todo", "in-progress", "status: in-progress")]
    [DataRow("status: 'todo'", "in-progress", "status: 'in-progress'")]
    [DataRow("status: \"todo\"", "in-progress", "status: \"in-progress\"")]
    [DataRow("status: todo   # trailing comment", "done", "status: done   # trailing comment")]
    [DataRow("status: 'todo' # c", "it's", "status: 'it''s' # c")]
    [DataRow("status: \"todo\"  ", "say \"hi\"", "status: \"say \\\"hi\\\"\"  ")]
    [DataRow("status: todo", "@alice", "status: \"@alice\"")]
    [DataRow("status: todo", "123", "status: \"123\"")]
    [DataRow("status: todo", "1.5e3", "status: \"1.5e3\"")]
    [DataRow("status: todo", "true", "status: \"true\"")]
    [DataRow("status: todo", "null", "status: \"null\"")]
    [DataRow("status: todo", "~", "status: \"~\"")]
    [DataRow("status: todo", "", "status: \"\"")]
    [DataRow("status: todo", "yes: no", "status: \"yes: no\"")]
    [DataRow("status: todo", "a #b", "status: \"a #b\"")]
    [DataRow("status: todo", "- item", "status: \"- item\"")]
    [DataRow("status: todo", " padded ", "status: \" padded \"")]
    [DataRow("status: todo", "two\nlines", "status: \"two\\nlines\"")]
    [DataRow("status: 'todo'", "two\nlines", "status: \"two\\nlines\"")]
    [DataRow("status: todo", "a#b c:d, [x]", "status: a#b c:d, [x]")]
    [DataRow("status: todo", "café 🙂", "status: café 🙂")]
    [DataRow("status: ~", "todo", "status: todo")]
    [DataRow("status: !!str 12", "todo", "status: todo")]
    [DataRow("status:", "todo", "status: todo")]
    [DataRow("status:   # empty", "todo", "status: todo   # empty")]
    [DataRow("status: |\n  multi\n  line", "todo", "status: todo")]
    [DataRow("status: >-\n  folded\n\n", "todo", "status: todo\n\n")]
    [DataRow("status:\n  - a\n  - b", "todo", "status: todo")]
    [DataRow("status:  # list\n  - a", "todo", "status: todo  # list")]
    [DataRow("status:\n  nested: map", "todo", "status: todo")]
    [DataRow("status: [a, b] # flow", "todo", "status: todo # flow")]
    public void Set_ExistingKey_ReplacesOnlyTheValue(string line, string value, string expected)
    {
        var text = $"---\nid: TASK-001\n{line}\nafter: kept # c\n---\nbody\n";

        var result = Edit(text, e => e.Set("status", value));

        Assert.AreEqual($"---\nid: TASK-001\n{expected}\nafter: kept # c\n---\nbody\n", result);
        Assert.AreEqual(value, Scalar(result, "status").Value);
        Assert.AreEqual(value, Doc(result).Item!.Status);
    }

    [TestMethod]
    public void Set_MissingKey_AppendsBeforeClosingFence()
    {
        var result = Edit("---\nid: TASK-001\n# last comment\n\n---\nbody\n", e => e.Set("assignee", "@bob").SetNumber("estimate", 2.5).Set("odd: key", "v"));

        Assert.AreEqual("---\nid: TASK-001\n# last comment\n\nassignee: \"@bob\"\nestimate: 2.5\n\"odd: key\": v\n---\nbody\n", result);
    }

    [TestMethod]
    public void Set_IndentedFrontmatter_AppendsAtTheSameIndentation()
    {
        var result = Edit("---\n  id: TASK-001\n---\n", e => e.Set("status", "todo"));

        Assert.AreEqual("---\n  id: TASK-001\n  status: todo\n---\n", result);
    }

    [TestMethod]
    [DataRow("---\n---\n", "---\nstatus: todo\n---\n")]
    [DataRow("---\n# only a comment\n---\n", "---\n# only a comment\nstatus: todo\n---\n")]
    [DataRow("---\n~\n---\n", "---\nstatus: todo\n---\n")]
    [DataRow("---\nid: x\n...\nbody", "---\nid: x\nstatus: todo\n...\nbody")]
    public void Set_EmptyOrNullFrontmatter_AddsTheKey(string text, string expected)
    {
        Assert.AreEqual(expected, Edit(text, e => e.Set("status", "todo")));
    }

    [TestMethod]
    public void Edits_CrlfFile_StayCrlfEverywhere()
    {
        var text = "---\r\nid: TASK-001\r\n# comment\r\nlabels:\r\n  - a\r\ndesc: |\r\n  text\r\n\r\nstatus: todo \r\n---\r\nbody\r\n---\r\n";

        var result = Edit(text, e => e
            .Set("status", "done")
            .SetList("labels", new[] { "x", "w" })
            .Remove("desc")
            .Set("assignee", "@a")
            .SetNumber(new[] { "token_usage", "by_agent", "claude" }, 3));

        Assert.AreEqual(
            "---\r\nid: TASK-001\r\n# comment\r\nlabels:\r\n  - x\r\n  - w\r\n\r\nstatus: done \r\nassignee: \"@a\"\r\ntoken_usage:\r\n  by_agent:\r\n    claude: 3\r\n---\r\nbody\r\n---\r\n",
            result);
        Assert.IsFalse(result.Replace("\r\n", string.Empty).Contains('\n'), "a bare LF in a CRLF file");
    }

    [TestMethod]
    public void SetList_BlockSequence_KeepsIndentationDashAndKeyComment()
    {
        var result = Edit("---\nlabels:   # mine\n    # before items\n    -  a   # first\n    -  b   # last\n# after\nnext: 1\n---\n", e => e.SetList("labels", new[] { "a", "c: d" }));

        Assert.AreEqual("---\nlabels:   # mine\n    # before items\n    -  a\n    -  \"c: d\"\n# after\nnext: 1\n---\n", result);
    }

    [TestMethod]
    public void SetList_BlockSequenceAtKeyIndentation_KeepsIt()
    {
        var result = Edit("---\nlabels:\n- a\n- b\nnext: 1\n---\n", e => e.SetList("labels", new[] { "z" }));

        Assert.AreEqual("---\nlabels:\n- z\nnext: 1\n---\n", result);
    }

    [TestMethod]
    [DataRow("labels: [a, b]", "labels: [x, \"y,z\", \"\", \"true\"]")]
    [DataRow("labels: [a, b]   # c", "labels: [x, \"y,z\", \"\", \"true\"]   # c")]
    [DataRow("labels: []", "labels: [x, \"y,z\", \"\", \"true\"]")]
    [DataRow("labels:", "labels: [x, \"y,z\", \"\", \"true\"]")]
    [DataRow("labels: one", "labels: [x, \"y,z\", \"\", \"true\"]")]
    public void SetList_FlowOrEmpty_WritesFlow(string line, string expected)
    {
        var result = Edit($"---\n{line}\n---\n", e => e.SetList("labels", new[] { "x", "y,z", "", "true" }));

        Assert.AreEqual($"---\n{expected}\n---\n", result);
        CollectionAssert.AreEqual(new[] { "x", "y,z", "", "true" }, Doc(result).Item!.Labels.ToArray());
    }

    [TestMethod]
    [DataRow("labels:\n  - a\n  - b", "labels: []")]
    [DataRow("labels: [a]", "labels: []")]
    public void SetList_Empty_WritesEmptyFlow(string line, string expected)
    {
        Assert.AreEqual($"---\n{expected}\nz: 1\n---\n", Edit($"---\n{line}\nz: 1\n---\n", e => e.SetList("labels", Array.Empty<string>())));
    }

    [TestMethod]
    public void SetList_MissingKey_AppendsFlow()
    {
        Assert.AreEqual("---\nid: x\ndepends_on: [TASK-001, TASK-002]\n---\n", Edit("---\nid: x\n---\n", e => e.SetList("depends_on", new[] { "TASK-001", "TASK-002" })));
    }

    [TestMethod]
    [DataRow("---\n# head\nlabels:\n  - a\n  - b   # c\nid: TASK-001\n---\nx\n", "---\n# head\nid: TASK-001\n---\nx\n")]
    [DataRow("---\nid: TASK-001\ndesc: |\n  text\n\n# kept\nz: 1\n---\n", "---\nid: TASK-001\n\n# kept\nz: 1\n---\n")]
    [DataRow("---\nid: TASK-001\nstatus:\nz: 1\n---\n", "---\nid: TASK-001\nz: 1\n---\n")]
    [DataRow("---\nid: TASK-001\nlabels: [a,\n  b]  # c\nz: 1\n---\n", "---\nid: TASK-001\nz: 1\n---\n")]
    [DataRow("---\nid: TASK-001\nlabels: x\n---\n", "---\nid: TASK-001\n---\n")]
    [DataRow("---\nlabels: x\n---\nbody", "---\n---\nbody")]
    [DataRow("---\nid: TASK-001\n---\n", "---\nid: TASK-001\n---\n")]
    public void Remove_Key_DeletesItsLinesOnly(string text, string expected)
    {
        Assert.AreEqual(expected, Edit(text, e => e.Remove("labels").Remove("desc").Remove("status")));
    }

    [TestMethod]
    public void SetNumber_FormatsInvariantly()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            var result = Edit("---\nestimate: 'x'\n---\n", e => e.SetNumber("estimate", 2.5).SetNumber("token_budget", 1_000_000L).SetNumber("tiny", 1e-7));

            Assert.AreEqual("---\nestimate: 2.5\ntoken_budget: 1000000\ntiny: 1E-07\n---\n", result);
            Assert.AreEqual(2.5, Doc(result).Item!.Estimate);
            Assert.AreEqual(1_000_000L, Doc(result).Item!.TokenBudget);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [TestMethod]
    [DataRow(double.NaN)]
    [DataRow(double.PositiveInfinity)]
    [DataRow(double.NegativeInfinity)]
    public void SetNumber_NotFinite_Throws(double value)
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new FrontmatterEditor(Doc("---\nid: x\n---\n")).SetNumber("estimate", value));
    }

    [TestMethod]
    public void SetNumber_NestedPath_CreatesAndUpdatesLevels()
    {
        var created = Edit("---\nid: TASK-001\n---\n", e => e.SetNumber(new[] { "token_usage", "total" }, 10).SetNumber(new[] { "token_usage", "by_agent", "claude" }, 10));
        var updated = Edit(created, e => e.SetNumber(new[] { "token_usage", "by_agent", "claude" }, 25).SetNumber(new[] { "token_usage", "by_agent", "gpt4" }, 5).SetNumber(new[] { "token_usage", "total" }, 30));

        Assert.AreEqual("---\nid: TASK-001\ntoken_usage:\n  total: 10\n  by_agent:\n    claude: 10\n---\n", created);
        Assert.AreEqual("---\nid: TASK-001\ntoken_usage:\n  total: 30\n  by_agent:\n    claude: 25\n    gpt4: 5\n---\n", updated);
        Assert.AreEqual(30L, Doc(updated).Item!.TokenUsageTotal);
    }

    [TestMethod]
    public void SetNumber_NestedPath_ReusesTheMappingsIndentationAndKeepsComments()
    {
        var text = "---\ntoken_usage:    # usage\n    total: 1   # sum\n    # agents below\nz: 1\n---\n";

        var result = Edit(text, e => e.SetNumber(new[] { "token_usage", "total" }, 2).SetNumber(new[] { "token_usage", "by_agent", "claude" }, 2));

        Assert.AreEqual("---\ntoken_usage:    # usage\n    total: 2   # sum\n    by_agent:\n        claude: 2\n    # agents below\nz: 1\n---\n", result);
    }

    [TestMethod]
    [DataRow("token_usage:", "token_usage:\n  total: 3")]
    [DataRow("token_usage:   # c", "token_usage:   # c\n  total: 3")]
    [DataRow("token_usage: 12  # c", "token_usage:\n  total: 3")]
    [DataRow("token_usage:\n  - a", "token_usage:\n  total: 3")]
    [DataRow("token_usage: {}", "token_usage: {total: 3}")]
    [DataRow("token_usage: {total: 1, x: y}", "token_usage: {total: 3, x: y}")]
    [DataRow("token_usage: {x: y }", "token_usage: {x: y, total: 3 }")]
    public void SetNumber_NestedUnderOtherValues_ReplacesOrExtendsThem(string line, string expected)
    {
        var result = Edit($"---\n{line}\nid: TASK-001\n---\n", e => e.SetNumber(new[] { "token_usage", "total" }, 3));

        Assert.AreEqual($"---\n{expected}\nid: TASK-001\n---\n", result);
        Assert.AreEqual(3L, Doc(result).Item!.TokenUsageTotal);
    }

    [TestMethod]
    public void SetNumber_NestedInFlowMapping_CreatesFlowLevels()
    {
        var result = Edit("---\ntoken_usage: {total: 1}\n---\n", e => e.SetNumber(new[] { "token_usage", "by_agent", "claude" }, 4));

        Assert.AreEqual("---\ntoken_usage: {total: 1, by_agent: {claude: 4}}\n---\n", result);
    }

    [TestMethod]
    public void Edits_SameKeyRepeatedly_LastOneWins()
    {
        var result = Edit("---\nid: x\nstatus: todo\n---\n", e => e.Set("status", "a").Remove("status").Set("status", "b").Set("status", "c"));

        Assert.AreEqual("---\nid: x\nstatus: c\n---\n", result);
    }

    [TestMethod]
    [DataRow("---\nid: [x\n---\n")]
    [DataRow("no frontmatter")]
    [DataRow("---\nid: x\n")]
    [DataRow("---\nid: x\nid: y\n---\n")]
    [DataRow("---\n\tid: x\n---\n")]
    [DataRow("---\n{id: x, status: todo}\n---\n")]
    public void Constructor_UnparseableOrFlowDocument_Refuses(string text)
    {
        Assert.ThrowsExactly<InvalidOperationException>(() => new FrontmatterEditor(Doc(text)));
    }

    [TestMethod]
    [DataRow("status")]
    [DataRow("labels")]
    public void Edit_AliasedValue_RefusesInsteadOfEditingTheAnchor(string key)
    {
        var editor = new FrontmatterEditor(Doc("---\ntitle: &t Hello\nstatus: *t\nlabels:\n  - a\n  - *t\n---\n"));

        var error = Assert.ThrowsExactly<InvalidOperationException>(() => editor.Set(key, "done").ToText());

        StringAssert.Contains(error.Message, "alias");
    }

    [TestMethod]
    public void Edit_RemovingAnAnchorAnAliasUses_RefusesWithTheParseError()
    {
        var editor = new FrontmatterEditor(Doc("---\ntitle: &t Hello\nstatus: *t\n---\n")).Remove("title");

        var error = Assert.ThrowsExactly<InvalidOperationException>(() => editor.ToText());

        StringAssert.Contains(error.Message, "not changed");
    }

    [TestMethod]
    [DataRow("desc: |+\n  text\nb: 1\n\nz: 2")]
    [DataRow("desc: |\n  text\nb: 1\n    \nz: 2")]
    [DataRow("desc: >\n  text\nb: 1\n  # looks like a comment\nz: 2")]
    public void Remove_KeyThatEndsABlockScalar_RefusesWhenTheScalarWouldSwallowTheLinesBelow(string lines)
    {
        var editor = new FrontmatterEditor(Doc($"---\n{lines}\n---\n")).Remove("b");

        var error = Assert.ThrowsExactly<InvalidOperationException>(() => editor.ToText());

        StringAssert.Contains(error.Message, "would also change 'desc'");
    }

    [TestMethod]
    public void Remove_KeyThatEndsABlockScalar_WorksWhenNothingIsSwallowed()
    {
        Assert.AreEqual("---\ndesc: |\n  text\n\n# c\nz: 2\n---\n", Edit("---\ndesc: |\n  text\nb: 1\n\n# c\nz: 2\n---\n", e => e.Remove("b")));
    }

    [TestMethod]
    public void ToText_NoEdits_ReturnsTheTextWithoutBom()
    {
        var doc = TaskFileParser.Parse("t.md", "---\nid: x\n---\nbody", hasBom: true);

        Assert.AreEqual("---\nid: x\n---\nbody", new FrontmatterEditor(doc).ToText());
    }
}
