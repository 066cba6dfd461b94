using Trackdown.Core.Config;
using Trackdown.Integrations.Git;

namespace Trackdown.Cli.Tests;

[TestClass]
public sealed class CommitMessageParserTests
{
    [TestMethod]
    [DataRow("start ISSUE-002: reset form", "ISSUE-002", "in-progress")]
    [DataRow("fix(ISSUE-002): token expiry", "ISSUE-002", "in-review")]
    [DataRow("Closes TASK-014 and more", "TASK-014", "done")]
    [DataRow("WIP on EPIC-001\r\n\r\nbody", "EPIC-001", "in-progress")]
    [DataRow("refactor TASK-001 internals", "TASK-001", null)]
    [DataRow("Merge branch 'issue/ISSUE-003-oauth'", "ISSUE-003", null)]
    public void Parse_DefaultConfig_FindsTaskAndStatus(string message, string id, string? status)
    {
        var decision = CommitMessageParser.Parse(message, TrackdownConfig.Default).Single();

        Assert.AreEqual((id, status), (decision.Id, decision.Status));
    }

    [TestMethod]
    public void Parse_SeveralIdsAndNone()
    {
        CollectionAssert.AreEqual(new[] { "TASK-001", "TASK-002" }, CommitMessageParser.Parse("done: TASK-001, TASK-002, TASK-001", TrackdownConfig.Default).Select(d => d.Id).ToArray());
        Assert.IsEmpty(CommitMessageParser.Parse("no task here; TASK-1 is too short", TrackdownConfig.Default));
    }
}
