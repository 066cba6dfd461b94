using Trackdown.Core.Parsing;
using Trackdown.Core.Schema;

namespace Trackdown.Core.Tests.Schema;

[TestClass]
public sealed class TaskSchemaValidatorTests
{
    private const string Head = "---\nid: TASK-001\ntype: task\ntitle: T\nstatus: todo\n";

    [TestMethod]
    [DataRow("estimate: lots\n", 6, 11, "Property 'estimate' has value 'lots'; expected a number.")]
    [DataRow("priority: urgent\n", 6, 11, "Property 'priority' has value 'urgent'; allowed values are 'low', 'medium', 'high', 'critical'.")]
    [DataRow("epic: epic-one\n", 6, 7, "Property 'epic' has value 'epic-one'; expected an id such as 'ISSUE-001' (a type word and at least three digits).")]
    [DataRow("created: yesterday\n", 6, 10, "Property 'created' has value 'yesterday'; expected an ISO 8601 date-time such as '2026-11-24T09:30:00Z'.")]
    [DataRow("created: 2026-13-45T99:00:00Z\n", 6, 10, "Property 'created' has value '2026-13-45T99:00:00Z'; expected an ISO 8601 date-time such as '2026-11-24T09:30:00Z'.")]
    [DataRow("updated: '2026-02-30T10:00:00Z'\n", 6, 10, "Property 'updated' has value '2026-02-30T10:00:00Z'; expected an ISO 8601 date-time such as '2026-11-24T09:30:00Z'.")]
    [DataRow("created: 2026-01-01T10:00:60+02:00\n", 6, 10, "Property 'created' has value '2026-01-01T10:00:60+02:00'; expected an ISO 8601 date-time such as '2026-11-24T09:30:00Z'.")]
    [DataRow("created: 2026-01-01T10:00:00+25:00\n", 6, 10, "Property 'created' has value '2026-01-01T10:00:00+25:00'; expected an ISO 8601 date-time such as '2026-11-24T09:30:00Z'.")]
    [DataRow("labels: ui\n", 6, 9, "Property 'labels' has value 'ui'; expected a list such as [a, b].")]
    [DataRow("labels: [ui, 3]\n", 6, 14, "Property 'labels[1]' has value '3'; expected text.")]
    [DataRow("token_budget: -5\n", 6, 15, "Property 'token_budget' has value '-5'; expected a value of at least 0.")]
    [DataRow("token_usage:\n  by_agent:\n    claude: many\n", 8, 13, "Property 'token_usage.by_agent.claude' has value 'many'; expected a whole number.")]
    [DataRow("depends_on: [TASK-002, TASK-002]\n", 6, 13, "Property 'depends_on' lists the same value more than once. Remove the duplicates.")]
    public void Validate_BadValue_ReportsTrk1002AtTheValue(string extra, int line, int column, string message)
    {
        var doc = TaskFileParser.Parse("t.md", Head + extra + "---\n");

        var error = TaskSchemaValidator.Validate(doc).Single();

        Assert.AreEqual("TRK1002", error.Id);
        Assert.AreEqual((line, column), (error.Line, error.Column));
        Assert.AreEqual(message, error.Message);
    }

    [TestMethod]
    public void Validate_MissingRequired_ReportsEachAtFileStart()
    {
        var doc = TaskFileParser.Parse("t.md", "---\nid: TASK-001\n---\n");

        var errors = TaskSchemaValidator.Validate(doc);

        CollectionAssert.AreEquivalent(
            new[] { "Required property 'type' is missing. Add 'type: …' to the frontmatter.", "Required property 'title' is missing. Add 'title: …' to the frontmatter.", "Required property 'status' is missing. Add 'status: …' to the frontmatter." },
            errors.Select(e => e.Message).ToArray());
        Assert.IsTrue(errors.All(e => e.Line == 1 && e.Column == 1));
    }

    [TestMethod]
    [DataRow("title: \"123\"\n")]
    [DataRow("x_custom: {anything: [goes]}\n")]
    [DataRow("estimate: 2.5\nlabels: []\ncreated: 2026-01-01T10:00:00Z\nupdated: 2026-01-02T10:00:00+02:00\nassignee: \"@alice\"\nsync:\n  github: 42\n")]
    public void Validate_ValidOrUnknownFields_Passes(string extra)
    {
        var doc = TaskFileParser.Parse("t.md", "---\nid: TASK-001\ntype: task\nstatus: todo\n" + (extra.StartsWith("title", StringComparison.Ordinal) ? string.Empty : "title: T\n") + extra + "---\n");

        Assert.IsEmpty(TaskSchemaValidator.Validate(doc));
    }

    [TestMethod]
    public void SchemaText_IsShippedWithEveryDesignField()
    {
        foreach (var field in new[] { "id", "type", "title", "status", "epic", "parent", "depends_on", "assignee", "priority", "created", "updated", "labels", "estimate", "token_budget", "token_usage", "sync" })
        {
            StringAssert.Contains(TaskSchemaValidator.SchemaText, $"\"{field}\"");
        }
    }
}
