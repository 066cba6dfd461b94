using System.Text;
using Trackdown.Core.Config;
using Trackdown.Core.Parsing;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Tests.Yaml;

/// <summary>Hostile YAML (alias bombs, deep nesting) is a located error, never a hang or a stack overflow.</summary>
[TestClass]
public sealed class YamlLimitsTests
{
    private const string Head = "---\nid: TASK-001\ntype: task\ntitle: Bomb\nstatus: todo\n";

    /// <summary>Nine levels of ten aliases each: a billion scalars from ten short lines.</summary>
    private static string BillionLaughs()
    {
        var yaml = new StringBuilder("a0: &a0 lol\n");
        for (var level = 1; level <= 9; level++)
        {
            var refs = string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10));
            yaml.Append($"a{level}: &a{level} [{refs}]\n");
        }

        return yaml.ToString();
    }

    [TestMethod]
    public void Parse_BillionLaughs_ReportsAliasExpansionAtTheAlias()
    {
        var text = Head + BillionLaughs() + "---\n";

        var doc = TaskFileParser.Parse("t.md", text);

        var error = doc.Diagnostics.Single(d => d.IsError);
        Assert.AreEqual("TRK1014", error.Id, error.Message);
        Assert.IsGreaterThan(6, error.Line, "the error points at an alias inside the frontmatter, not at the file start");
        StringAssert.StartsWith(text.Split('\n')[error.Line - 1].Substring(error.Column - 1), "*a");
        Assert.IsFalse(doc.IsEditable);
    }

    [TestMethod]
    public void Parse_ListOfAliasesOfALargeList_ReportsAliasExpansion()
    {
        var big = "big: &a [" + string.Join(", ", Enumerable.Range(0, 2_000).Select(i => "x" + i)) + "]\n";
        var text = Head + big + "labels: [" + string.Join(", ", Enumerable.Repeat("*a", 2_000)) + "]\n---\n";

        var doc = TaskFileParser.Parse("t.md", text);

        var error = doc.Diagnostics.Single(d => d.IsError);
        Assert.AreEqual("TRK1014", error.Id, error.Message);
        Assert.AreEqual(7, error.Line);
    }

    [TestMethod]
    public void Parse_FewAliases_AreRead()
    {
        var doc = TaskFileParser.Parse("t.md", Head + "x-base: &l [a, b]\nlabels: *l\n---\n");

        Assert.IsFalse(doc.Diagnostics.Any(d => d.IsError), string.Join("\n", doc.Diagnostics));
        Assert.HasCount(2, ((YamlSequence)doc.Frontmatter!["labels"]!).Items);
    }

    [TestMethod]
    [DataRow("flow sequences", 15_000)]
    [DataRow("flow mappings", 15_000)]
    [DataRow("block sequences", 1_500)]
    [DataRow("block mappings", 1_500)]
    public void Parse_DeepNesting_ReportsNestingTooDeep(string shape, int levels)
    {
        // Block nesting indents every level, so its text grows with the square of the depth: fewer levels.
        var text = Head + "deep: " + Nested(shape, levels) + "\n---\n";

        var doc = TaskFileParser.Parse("t.md", text);

        var error = doc.Diagnostics.Single(d => d.IsError);
        Assert.AreEqual("TRK1013", error.Id, error.Message);
        Assert.IsGreaterThanOrEqualTo(6, error.Line);
    }

    [TestMethod]
    public void Parse_NestingAtTheLimit_IsRead()
    {
        // The root mapping is one level, 'deep' adds MaxDepth - 1 more.
        var doc = TaskFileParser.Parse("t.md", Head + "deep: " + Nested("flow sequences", YamlReader.MaxDepth - 1) + "\n---\n");

        Assert.IsFalse(doc.Diagnostics.Any(d => d.IsError), string.Join("\n", doc.Diagnostics));
    }

    [TestMethod]
    public void ConfigParse_AliasBombAndDeepNesting_AreConfigSyntaxErrors()
    {
        var bomb = ConfigLoader.Parse("config.yaml", "x-bomb:\n" + string.Join("", BillionLaughs().Split('\n').Where(l => l.Length > 0).Select(l => "  " + l + "\n")));
        var deep = ConfigLoader.Parse("config.yaml", "project: " + Nested("flow mappings", 15_000) + "\n");
        var aliasList = ConfigLoader.Parse("config.yaml", "x: &a [" + string.Join(",", Enumerable.Repeat("y", 500)) + "]\nproject:\n  labels: [" + string.Join(", ", Enumerable.Repeat("*a", 500)) + "]\n");

        foreach (var result in new[] { bomb, deep, aliasList })
        {
            var error = result.Diagnostics.Single(d => d.IsError);
            Assert.AreEqual("TRK0010", error.Id, error.Message);
            Assert.IsGreaterThan(1, error.Line + error.Column, "located past the file start");
            StringAssert.StartsWith(error.Message, "The configuration");
        }
    }

    private static string Nested(string shape, int levels)
    {
        switch (shape)
        {
            case "flow sequences":
                return new string('[', levels) + new string(']', levels);
            case "flow mappings":
                return string.Concat(Enumerable.Repeat("{a: ", levels)) + "x" + new string('}', levels);
            case "block sequences":
                var seq = new StringBuilder("\n");
                for (var i = 0; i < levels; i++)
                {
                    seq.Append(' ', i + 1).Append("-\n");
                }

                return seq.ToString().TrimEnd('\n');
            default:
                var map = new StringBuilder("\n");
                for (var i = 0; i < levels; i++)
                {
                    map.Append(' ', i + 1).Append("k:\n");
                }

                return map.ToString().TrimEnd('\n');
        }
    }
}
