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

    [TestMethod]
    public void Parse_CatastrophicPatterns_TimeOutIntoLocatedWarnings()
    {
        var config = ConfigLoader.Parse("config.yaml", "git:\n  patterns:\n    commit_task_ref: '^(a+)+$'\nautomation:\n  rules:\n    - trigger: commit\n      pattern: '^(b+)+$'\n      action: update_status\n      status: done\n").Config;
        var warnings = new List<Trackdown.Core.Diagnostics.TrackdownDiagnostic>();

        Assert.IsEmpty(CommitMessageParser.Parse(new string('a', 5000) + "!", config, warnings));
        var ids = CommitMessageParser.Parse("TASK-001", config with { Git = config.Git with { CommitTaskRef = null } }, warnings);

        Assert.AreEqual("TASK-001", ids.Single().Id, "the id is still found with the default pattern");
        Assert.AreEqual("TRK0014 3:22", $"{warnings[0].Id} {warnings[0].Line}:{warnings[0].Column}");
        Assert.HasCount(1, warnings, "the rule's pattern does not time out on a short message");
        CommitMessageParser.Parse("TASK-001\n" + new string('b', 5000) + "!", config with { Git = config.Git with { CommitTaskRef = null } }, warnings);
        Assert.AreEqual("TRK0014 7:16", $"{warnings[1].Id} {warnings[1].Line}:{warnings[1].Column}");
    }

    [TestMethod]
    public void Parse_TheDesignsPatterns_FindTheIdNotTheTypeWord()
    {
        var config = ConfigLoader.Parse("config.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "TestAssets", "DesignConfig", "config.yaml"))).Config;

        var decision = CommitMessageParser.Parse("fix(ISSUE-0001): token expiry", config).Single();

        Assert.AreEqual(("ISSUE-0001", "in-review"), (decision.Id, decision.Status), "the rule wins over the 'fix' keyword of done");
    }
}
