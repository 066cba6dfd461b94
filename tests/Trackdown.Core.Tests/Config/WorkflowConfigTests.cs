using Trackdown.Core.Config;

namespace Trackdown.Core.Tests.Config;

[TestClass]
public sealed class WorkflowConfigTests
{
    private const string Statuses = "workflows:\n  default:\n    statuses: [todo, in-progress, in-review, done]\n    transitions:\n";

    [TestMethod]
    public void MapForm_BindsEachRule()
    {
        var result = ConfigLoader.Parse("config.yaml", Statuses + "      todo -> in-progress: auto\n      in-progress -> in-review: requires_commit\n      in-review -> done: requires_approval\n      done -> todo:\n");

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        var workflow = result.Config.Workflows.Default;
        Assert.AreEqual(TransitionRule.Auto, workflow.RuleFor("todo", "in-progress"));
        Assert.AreEqual(TransitionRule.RequiresCommit, workflow.RuleFor("in-progress", "in-review"));
        Assert.AreEqual(TransitionRule.RequiresApproval, workflow.RuleFor("in-review", "done"));
        Assert.AreEqual(TransitionRule.None, workflow.RuleFor("done", "todo"));
        Assert.IsNull(workflow.RuleFor("todo", "done"));
        CollectionAssert.AreEqual(new[] { "in-progress" }, workflow.AllowedTargets("todo").ToArray());
    }

    [TestMethod]
    public void ListForm_ExpandsTargetsAndReadsRules()
    {
        var result = ConfigLoader.Parse("config.yaml", Statuses + "      - from: todo\n        to: [in-progress, done]\n      - from: in-progress\n        to: in-review\n        requires_commit: true\n      - from: in-review\n        to: done\n        rule: requires_approval\n");

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        var workflow = result.Config.Workflows.Default;
        CollectionAssert.AreEqual(new[] { "in-progress", "done" }, workflow.AllowedTargets("todo").ToArray());
        Assert.AreEqual(TransitionRule.None, workflow.RuleFor("todo", "done"));
        Assert.AreEqual(TransitionRule.RequiresCommit, workflow.RuleFor("in-progress", "in-review"));
        Assert.AreEqual(TransitionRule.RequiresApproval, workflow.RuleFor("in-review", "done"));
    }

    [TestMethod]
    [DataRow("      todo -> doing: auto\n", 5, 15)]
    [DataRow("      \"todo -> doing\": auto\n", 5, 16)]
    [DataRow("      ready -> done:\n", 5, 7)]
    [DataRow("      todo -> done: sometimes\n", 5, 21)]
    [DataRow("      todo done: auto\n", 5, 7)]
    [DataRow("      - from: todo\n        to: [done, doing]\n", 6, 20)]
    public void UnknownStatusOrRule_IsLocatedAtIt(string transitions, int line, int column)
    {
        var result = ConfigLoader.Parse("config.yaml", Statuses + transitions);

        var diagnostic = result.Diagnostics.Single();
        Assert.AreEqual("TRK0011", diagnostic.Id, diagnostic.Message);
        Assert.AreEqual(line, diagnostic.Line, diagnostic.Message);
        Assert.AreEqual(column, diagnostic.Column, diagnostic.Message);
    }

    [TestMethod]
    public void Agents_BindOperationsAndFormat()
    {
        var result = ConfigLoader.Parse("config.yaml", "ai:\n  agents:\n    claude:\n      max_tokens_per_task: 5000\n      allowed_operations: [read, comment, update]\n      context_format: compact\n    bot:\n      max_tokens_per_task: 10\n");

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        var claude = result.Config.Ai.Agents["claude"];
        Assert.AreEqual(5000, claude.MaxTokensPerTask);
        Assert.IsTrue(claude.Allows(AgentOperations.Comment));
        Assert.IsFalse(claude.Allows(AgentOperations.Create));
        Assert.AreEqual(ContextFormats.Compact, claude.ContextFormat);
        var bot = result.Config.Ai.Agents["bot"];
        Assert.IsTrue(bot.Allows(AgentOperations.Delete));
        Assert.AreEqual(ContextFormats.Detailed, bot.ContextFormat);
    }

    [TestMethod]
    [DataRow("ai:\n  agents:\n    claude:\n      allowed_operations: [read, fly]\n", 4, 34)]
    [DataRow("ai:\n  agents:\n    claude:\n      context_format: verbose\n", 4, 23)]
    public void Agents_BadValues_AreLocated(string yaml, int line, int column)
    {
        var diagnostic = ConfigLoader.Parse("config.yaml", yaml).Diagnostics.Single();

        Assert.AreEqual("TRK0011", diagnostic.Id, diagnostic.Message);
        Assert.AreEqual((line, column), (diagnostic.Line, diagnostic.Column), diagnostic.Message);
    }

    [TestMethod]
    public void AutomationRules_BindTheDesignsActions()
    {
        var result = ConfigLoader.Parse("config.yaml", "automation:\n  rules:\n    - trigger: \"commit\"\n      pattern: \"fix\\\\((.+)\\\\):\"\n      action: \"update_status\"\n      status: \"in-review\"\n    - trigger: \"token_usage\"\n      threshold: 0.9\n      action: \"alert\"\n      channels: [\"slack\", \"email\"]\n    - trigger: created\n      action: add_label\n      label: triage\n");

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        var rules = result.Config.Automation.Rules;
        Assert.HasCount(3, rules);
        Assert.AreEqual((AutomationTrigger.Commit, AutomationAction.UpdateStatus, "in-review", @"fix\((.+)\):"), (rules[0].Trigger, rules[0].Action, rules[0].Status, rules[0].Pattern?.Text));
        Assert.AreEqual((AutomationTrigger.TokenUsage, AutomationAction.Alert, 0.9), (rules[1].Trigger, rules[1].Action, rules[1].Threshold));
        CollectionAssert.AreEqual(new[] { "slack", "email" }, rules[1].Channels.ToArray());
        Assert.AreEqual((AutomationTrigger.Created, AutomationAction.AddLabel, "triage"), (rules[2].Trigger, rules[2].Action, rules[2].Label));
    }

    [TestMethod]
    [DataRow("    - trigger: commit\n      pattern: x\n      action: update_status\n", 5, 15)]
    [DataRow("    - trigger: commit\n      pattern: x\n      action: update_status\n      status: shipped\n", 6, 15)]
    [DataRow("    - trigger: push\n      pattern: x\n      action: alert\n      channels: [slack]\n", 3, 16)]
    [DataRow("    - trigger: token_usage\n      action: alert\n      channels: [slack]\n", 4, 15)]
    [DataRow("    - trigger: commit\n      pattern: x\n      action: explode\n", 5, 15)]
    [DataRow("    - trigger: commit\n      pattern: x\n", 3, 7)]
    public void AutomationRules_BadValues_AreLocated(string rule, int line, int column)
    {
        var result = ConfigLoader.Parse("config.yaml", "automation:\n  rules:\n" + rule);

        var diagnostic = result.Diagnostics.Single();
        Assert.AreEqual("TRK0011", diagnostic.Id, diagnostic.Message);
        Assert.AreEqual((line, column), (diagnostic.Line, diagnostic.Column), diagnostic.Message);
        Assert.IsEmpty(result.Config.Automation.Rules);
    }
}
