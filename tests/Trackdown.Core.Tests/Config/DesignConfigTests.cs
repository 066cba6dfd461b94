using System.Security.Cryptography;
using Trackdown.Core.Config;
using Trackdown.Core.Model;
using Trackdown.Tests;

namespace Trackdown.Core.Tests.Config;

/// <summary>The original design's config.yaml, byte for byte (tests/TestAssets/DesignConfig), is accepted and bound whole.</summary>
[TestClass]
public sealed class DesignConfigTests
{
    private static readonly string AssetPath = Path.Combine(RepoPaths.Root, "tests", "TestAssets", "DesignConfig", "config.yaml");

    private static ConfigLoadResult Load() => ConfigLoader.Parse(AssetPath, File.ReadAllText(AssetPath));

    [TestMethod]
    public void Asset_IsTheDesignsFileUnchanged()
    {
        // SHA-256 of ../shared/seed/config.yaml, the design's config extracted byte for byte.
        var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(AssetPath)));

        Assert.AreEqual("6C0E465AF97B7697C27ABA2739E688F53F631E9297860567D3AE6A63087D14A7", hash);
    }

    [TestMethod]
    public void DesignConfig_HasNoDiagnostics()
    {
        var result = Load();

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
    }

    [TestMethod]
    public void DesignConfig_BindsEveryKey()
    {
        var c = Load().Config;

        Assert.AreEqual(1, c.Version);
        Assert.AreEqual(("My AI Project", "PROJ", 50000L, "UTC"), (c.Project.Name, c.Project.IdPrefix, c.Project.DefaultEpicBudget, c.Project.Timezone));
        Assert.AreEqual(TimeZoneInfo.Utc, c.Project.TimeZone);
        Assert.AreEqual("2026-11-23T14:05:09Z", c.Formats.FormatTimestamp(new DateTimeOffset(2026, 11, 23, 15, 5, 9, TimeSpan.FromHours(1))));
        Assert.AreEqual("ISSUE-0001", c.Ids.Format(TaskType.Issue, 1));
        Assert.AreEqual("{type}/{id}-{slug}", c.Formats.BranchPattern);

        var github = c.Sync.Github;
        Assert.AreEqual((true, "org/repo-name", SyncAuthMethod.Token, TimeSpan.FromHours(1)), (github.Enabled, github.Repo, github.AuthMethod, github.SyncInterval));
        Assert.AreEqual("title=title;body=description;labels=labels;assignee=assignee", string.Join(";", github.FieldMapping.Select(f => f.Key + "=" + f.Value)));
        Assert.AreEqual((true, "https://company.atlassian.net", "PROJ", SyncAuthMethod.OAuth2), (c.Sync.Jira.Enabled, c.Sync.Jira.Url, c.Sync.Jira.Project, c.Sync.Jira.AuthMethod));
        Assert.IsFalse(c.Sync.Linear.Enabled);

        Assert.AreEqual((true, false, 3, LlmsTxtUpdateFrequency.OnChange), (c.Ai.LlmsTxt.AutoGenerate, c.Ai.LlmsTxt.IncludeClosed, c.Ai.LlmsTxt.ContextDepth, c.Ai.LlmsTxt.UpdateFrequency));
        Assert.AreEqual((true, true, true), (c.Ai.TokenTracking.Enabled, c.Ai.TokenTracking.RequireAgentId, c.Ai.TokenTracking.CostAlerts));
        Assert.AreEqual(new ProviderCost("gpt-4-turbo", 0.01, 0.03), c.Ai.TokenTracking.Providers["gpt4"]);
        Assert.AreEqual(new ProviderCost("claude-3.5-sonnet", 0.003, 0.015), c.Ai.TokenTracking.Providers["claude"]);
        Assert.AreEqual(new ProviderCost("gpt-3.5-turbo", 0.0015, 0.002), c.Ai.TokenTracking.Providers["copilot"], "the design's default stays for a provider the file leaves out");

        var claude = c.Ai.Agents.Single();
        Assert.AreEqual("claude", claude.Key);
        Assert.AreEqual(5000, claude.Value.MaxTokensPerTask);
        CollectionAssert.AreEqual(new[] { "read", "comment", "update" }, claude.Value.AllowedOperations!.ToArray());
        Assert.IsFalse(claude.Value.Allows(AgentOperations.Create));
        Assert.AreEqual(ContextFormats.Detailed, claude.Value.ContextFormat);

        Assert.AreEqual((true, true, false), (c.Git.AutoInstallHooks, c.Git.CommitParsing, c.Git.BranchProtection));
        Assert.AreEqual(@"\b(EPIC|ISSUE|TASK)-\d+\b", c.Git.CommitTaskRef!.Text);
        CollectionAssert.AreEqual(new[] { "fix", "close", "resolve", "complete" }, c.Git.StatusKeywords["done"].ToArray());

        var workflow = c.Workflows.Default;
        CollectionAssert.AreEqual(new[] { "todo", "in-progress", "in-review", "done" }, workflow.Statuses.ToArray());
        Assert.AreEqual(TransitionRule.Auto, workflow.RuleFor("todo", "in-progress"));
        Assert.AreEqual(TransitionRule.RequiresCommit, workflow.RuleFor("in-progress", "in-review"));
        Assert.AreEqual(TransitionRule.RequiresApproval, workflow.RuleFor("in-review", "done"));
        Assert.IsNull(workflow.RuleFor("todo", "done"));

        var rules = c.Automation.Rules;
        Assert.HasCount(2, rules);
        Assert.AreEqual((AutomationTrigger.Commit, AutomationAction.UpdateStatus, "in-review"), (rules[0].Trigger, rules[0].Action, rules[0].Status));
        Assert.AreEqual((AutomationTrigger.TokenUsage, AutomationAction.Alert, 0.9), (rules[1].Trigger, rules[1].Action, rules[1].Threshold));
        CollectionAssert.AreEqual(new[] { "slack", "email" }, rules[1].Channels.ToArray());
    }

    [TestMethod]
    public void DesignConfig_ItsOwnCommitPatternFindsTheIdsItMakes()
    {
        var c = Load().Config;
        var id = c.Ids.Format(TaskType.Issue, 1);

        CollectionAssert.AreEqual(new[] { id, "TASK-0042" }, c.FindTaskRefs($"fix({id}): token expiry, see TASK-0042 and {id}").ToArray());
        Assert.IsTrue(c.Automation.Rules[0].Pattern!.Regex.IsMatch($"fix({id}): token expiry"));
        Assert.AreEqual(id, c.Automation.Rules[0].Pattern!.Regex.Match($"fix({id}): token expiry").Groups[1].Value);
    }
}
