using Trackdown.Core.Editing;
using Trackdown.Core.Parsing;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Tests.Editing;

[TestClass]
public sealed class YamlScalarWriterTests
{
    [TestMethod]
    [DataRow("todo", true)]
    [DataRow("in-progress", true)]
    [DataRow("Fix login: part 2", false)]
    [DataRow("a:b", true)]
    [DataRow("C#", true)]
    [DataRow("a #b", false)]
    [DataRow("ends:", false)]
    [DataRow("@alice", false)]
    [DataRow("*x", false)]
    [DataRow("&x", false)]
    [DataRow("!x", false)]
    [DataRow("%x", false)]
    [DataRow("|x", false)]
    [DataRow(">x", false)]
    [DataRow("'x", false)]
    [DataRow("\"x", false)]
    [DataRow("#x", false)]
    [DataRow("[x", false)]
    [DataRow("{x", false)]
    [DataRow("- x", false)]
    [DataRow("? x", false)]
    [DataRow(": x", false)]
    [DataRow("123", false)]
    [DataRow("-1.5", false)]
    [DataRow("0x1F", false)]
    [DataRow("1_000", false)]
    [DataRow("12:30", false)]
    [DataRow(".inf", false)]
    [DataRow("true", false)]
    [DataRow("No", false)]
    [DataRow("null", false)]
    [DataRow("~", false)]
    [DataRow("", false)]
    [DataRow(" x", false)]
    [DataRow("x ", false)]
    [DataRow("a\tb", false)]
    [DataRow("a\u0085b", false)]
    [DataRow("a\u2028b", false)]
    [DataRow("v1.2.3", true)]
    [DataRow("2024-05-01T10:00:00Z", true)]
    public void IsPlainSafe_InBlock(string value, bool expected)
    {
        Assert.AreEqual(expected, YamlScalarWriter.IsPlainSafe(value, inFlow: false));
    }

    [TestMethod]
    [DataRow("a,b")]
    [DataRow("a]")]
    [DataRow("a}b")]
    public void IsPlainSafe_FlowIndicatorInFlow_IsNot(string value)
    {
        Assert.IsTrue(YamlScalarWriter.IsPlainSafe(value, inFlow: false));
        Assert.IsFalse(YamlScalarWriter.IsPlainSafe(value, inFlow: true));
    }

    [TestMethod]
    [DataRow("plain", YamlScalarStyle.Plain)]
    [DataRow("it's", YamlScalarStyle.SingleQuoted)]
    [DataRow("back\\slash \"quoted\"", YamlScalarStyle.DoubleQuoted)]
    [DataRow("nul\0 bell\a del\u007f nel\u0085 bom\uFEFF nonchar\uFFFE", YamlScalarStyle.DoubleQuoted)]
    [DataRow("nul\0 in single", YamlScalarStyle.SingleQuoted)]
    [DataRow("tab\there\r\nand newline", YamlScalarStyle.Plain)]
    [DataRow("emoji 🙂 and CJK 日本", YamlScalarStyle.Plain)]
    public void Write_AnyStyle_ReadsBackAsTheSameString(string value, YamlScalarStyle preferred)
    {
        var rendered = YamlScalarWriter.Write(value, preferred);

        var read = (YamlScalar)TaskFileParser.Parse("t.md", $"---\nk: {rendered}\n---\n").Frontmatter!["k"]!;

        Assert.AreEqual(value, read.Value, rendered);
    }
}
