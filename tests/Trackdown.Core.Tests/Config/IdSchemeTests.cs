using Trackdown.Core.Model;

namespace Trackdown.Core.Tests.Config;

[TestClass]
public sealed class IdSchemeTests
{
    [TestMethod]
    [DataRow("", "{type}-{number:04d}", "ISSUE-0001")]
    [DataRow("PROJ", "{type}-{number:04d}", "ISSUE-0001")]
    [DataRow("ACME-", "{prefix}{type}-{number:03d}", "ACME-ISSUE-001")]
    [DataRow("ACME", "{prefix}-{type}-{number:05d}", "ACME-ISSUE-00001")]
    [DataRow("", "{prefix}{type}-{number:03d}", "ISSUE-001")]
    public void Format_FollowsTheTemplate(string prefix, string template, string expected)
    {
        var ids = IdScheme.Create(prefix, template);

        Assert.AreEqual(expected, ids.Format(TaskType.Issue, 1));
        Assert.IsTrue(ids.TryParse(expected, out var type, out var number));
        Assert.AreEqual((TaskType.Issue, 1), (type, number));
        Assert.IsTrue(IdScheme.Shape.IsMatch(expected), "every id has the schema's shape");
    }

    [TestMethod]
    public void Format_WiderNumbersThanTheTemplateStayWhole()
        => Assert.AreEqual("TASK-12345", IdScheme.Create("", "{type}-{number:04d}").Format(TaskType.Task, 12345));

    [TestMethod]
    [DataRow("ISSUE-0001", true)]
    [DataRow("ISSUE-001", true)]       // written under the earlier {number:03d} default
    [DataRow("ACME-EPIC-042", true)]   // written under an earlier prefix
    [DataRow("ISSUE-01", false)]
    [DataRow("ISSUE-0001-slug", false)]
    [DataRow("STORY-0001", false)]
    [DataRow("issue-0001", false)]
    [DataRow("../ISSUE-0001", false)]
    [DataRow("ISSUE-0001\n", false)]
    public void IsId_AcceptsCurrentAndEarlierPatternsOnly(string text, bool expected)
        => Assert.AreEqual(expected, IdScheme.Create("PROJ", "{type}-{number:04d}").IsId(text));

    [TestMethod]
    [DataRow("../x", "{prefix}{type}-{number:03d}", "path")]
    [DataRow("/etc", "{prefix}{type}-{number:03d}", "path")]
    [DataRow("C:\\x", "{prefix}{type}-{number:03d}", "path")]
    [DataRow("A\u0000", "{prefix}{type}-{number:03d}", "control character")]
    [DataRow("", "../{type}-{number:03d}", "path")]
    [DataRow("", "{type}\\{number:03d}", "path")]
    [DataRow("", "{type}-{number:04d}{type}", "must come last")]
    [DataRow("", "{type}-{number}", "{number:0Nd}")]
    [DataRow("", "{type}-{number:010d}", "{number:0Nd}")]
    [DataRow("", "{type}{number:03d}", "'-' right before the number")]
    public void Problem_RejectsPathsAndBadTemplates(string prefix, string template, string says)
    {
        var problem = IdScheme.Problem(prefix, template, out _);

        Assert.IsNotNull(problem);
        StringAssert.Contains(problem, says);
        Assert.ThrowsExactly<ArgumentException>(() => IdScheme.Create(prefix, template));
    }

    [TestMethod]
    public void FindIds_TakesAFirstGroupThatIsAnIdElseTheWholeMatch()
    {
        var ids = IdScheme.Create("PROJ", "{type}-{number:04d}");
        var design = new System.Text.RegularExpressions.Regex(@"\b(EPIC|ISSUE|TASK)-\d+\b");
        var grouped = new System.Text.RegularExpressions.Regex(@"\b((?:EPIC|ISSUE|TASK)-\d{3,})\b");

        CollectionAssert.AreEqual(new[] { "ISSUE-0001", "TASK-002" }, ids.FindIds("fix(ISSUE-0001): x; TASK-002, ISSUE-0001, TASK-1", design).ToArray());
        CollectionAssert.AreEqual(new[] { "ISSUE-0001" }, ids.FindIds("see ISSUE-0001", grouped).ToArray());
        CollectionAssert.AreEqual(new[] { "ISSUE-0001", "ACME-TASK-007" }, ids.FindIds("ISSUE-0001 and ACME-TASK-007; not XISSUE-0001 or ISSUE-12").ToArray());
    }

    [TestMethod]
    public void TryParseFileName_ReadsTaskAndClaimFiles()
    {
        var ids = IdScheme.Create("", "{type}-{number:04d}");

        Assert.IsTrue(ids.TryParseFileName("ISSUE-0012-login-flow.md", out var type, out var number));
        Assert.AreEqual((TaskType.Issue, 12), (type, number));
        Assert.IsTrue(ids.TryParseFileName(".TASK-007.claim", out type, out number));
        Assert.AreEqual((TaskType.Task, 7), (type, number));
        Assert.IsFalse(ids.TryParseFileName("README.md", out _, out _));
    }
}
