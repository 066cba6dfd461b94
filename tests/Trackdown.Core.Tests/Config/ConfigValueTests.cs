using Trackdown.Core.Config;
using Trackdown.Core.Diagnostics;

namespace Trackdown.Core.Tests.Config;

/// <summary>Every key's wrong value is one located error at the value; the good keys around it still apply.</summary>
[TestClass]
public sealed class ConfigValueTests
{
    [TestMethod]
    [DataRow("version: 2\n", 1, 10, "reads configuration version 1")]
    [DataRow("version: one\n", 1, 10, "whole number")]
    [DataRow("project:\n  timezone: Mars/Olympus\n", 2, 13, "time zone")]
    [DataRow("project:\n  timezone: ../../etc/passwd\n", 2, 13, "time zone")]
    [DataRow("project:\n  id_prefix: ../x\n", 2, 14, "path")]
    [DataRow("project:\n  id_prefix: /abs\n", 2, 14, "path")]
    [DataRow("project:\n  id_prefix: acme-\n", 2, 14, "capital letters")]
    [DataRow("formats:\n  id_pattern: \"{type}/{number:04d}\"\n", 2, 16, "path")]
    [DataRow("formats:\n  id_pattern: \"{type}-{number:04d}\\u0007\"\n", 2, 16, "control character")]
    [DataRow("formats:\n  id_pattern: \"{type}-{number:2d}\"\n", 2, 23, "{number:0Nd}")]
    [DataRow("formats:\n  id_pattern: \"{type}-{count:04d}\"\n", 2, 23, "not a placeholder")]
    [DataRow("formats:\n  id_pattern: \"{number:04d}-{type}\"\n", 2, 16, "must come last")]
    [DataRow("formats:\n  id_pattern: \"{type}_{number:04d}\"\n", 2, 22, "outside the placeholders")]
    [DataRow("formats:\n  id_pattern: \"ISSUE-{number:04d}\"\n", 2, 16, "'{type}' once")]
    [DataRow("formats:\n  date: \"YYYY-MM-DD HH:mm:ss Q\"\n", 2, 30, "not a date token")]
    [DataRow("formats:\n  date: \"YYYY-MM-DD[T\"\n", 2, 20, "no closing")]
    [DataRow("formats:\n  date: \"DD.MM.YYYY HH:mm\"\n", 2, 9, "read back")]
    [DataRow("formats:\n  branch_pattern: \"../{id}\"\n", 2, 19, "path")]
    [DataRow("formats:\n  branch_pattern: \"{type}/{slug}\"\n", 2, 19, "needs '{id}'")]
    [DataRow("formats:\n  branch_pattern: \"{type}/{id} {slug}\"\n", 2, 19, "does not allow ' '")]
    [DataRow("formats:\n  branch_pattern: \"{kind}/{id}\"\n", 2, 19, "not one of")]
    [DataRow("sync:\n  github:\n    enabled: true\n", 3, 14, "'sync.github.repo' is not set")]
    [DataRow("sync:\n  github:\n    repo: not a repo\n", 3, 11, "owner/name")]
    [DataRow("sync:\n  github:\n    auth_method: password\n", 3, 18, "expected one of")]
    [DataRow("sync:\n  github:\n    sync_interval: hourly\n", 3, 20, "duration")]
    [DataRow("sync:\n  github:\n    field_mapping:\n      colour: labels\n", 4, 7, "colour")]
    [DataRow("sync:\n  github:\n    field_mapping:\n      title: summary\n", 4, 14, "summary")]
    [DataRow("sync:\n  jira:\n    url: ftp://example.com\n", 3, 10, "site's address")]
    [DataRow("sync:\n  jira:\n    url: https://user:pw@example.com\n", 3, 10, "no credentials")]
    [DataRow("sync:\n  jira:\n    enabled: true\n    url: https://x.atlassian.net\n", 3, 14, "'sync.jira.project' is not set")]
    [DataRow("ai:\n  llms_txt:\n    update_frequency: hourly\n", 3, 23, "on_change")]
    [DataRow("ai:\n  llms_txt:\n    auto_generate: sometimes\n", 3, 20, "true or false")]
    [DataRow("ai:\n  llms_txt:\n    context_depth: -1\n", 3, 20, "whole number")]
    [DataRow("ai:\n  token_tracking:\n    cost_alerts: yes\n", 3, 18, "true or false")]
    [DataRow("ai:\n  token_tracking:\n    providers:\n      gpt4:\n        cost_per_1k_input: cheap\n", 5, 28, "number")]
    [DataRow("ai:\n  agents:\n    claude:\n      max_tokens_per_task: many\n", 4, 28, "whole number")]
    [DataRow("git:\n  hooks:\n    branch_protection: on\n", 3, 24, "true or false")]
    [DataRow("git:\n  hooks:\n    commit_parsing: 1\n", 3, 21, "true or false")]
    [DataRow("git:\n  patterns:\n    commit_task_ref: \"(EPIC\"\n", 3, 22, "not a valid regular expression")]
    [DataRow("git:\n  patterns:\n    status_keywords:\n      done: fix\n", 4, 13, "list")]
    [DataRow("automation:\n  rules:\n    - trigger: commit\n      pattern: \"fix\\\\((.+\"\n      action: update_status\n      status: done\n", 4, 16, "not a valid regular expression")]
    [DataRow("automation:\n  rules:\n    - trigger: token_usage\n      threshold: 0\n      action: alert\n      channels: [slack]\n", 4, 18, "number from")]
    public void BadValue_IsOneLocatedError(string yaml, int line, int column, string says)
    {
        var result = ConfigLoader.Parse("config.yaml", yaml);

        Assert.HasCount(1, result.Diagnostics, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        var diagnostic = result.Diagnostics[0];
        Assert.AreEqual(("TRK0011", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity), diagnostic.Message);
        Assert.AreEqual((line, column), (diagnostic.Line, diagnostic.Column), diagnostic.Message);
        StringAssert.Contains(diagnostic.Message, says);
    }

    [TestMethod]
    public void BadValue_KeepsTheGoodKeysAroundIt()
    {
        var result = ConfigLoader.Parse("config.yaml", "project:\n  timezone: Nowhere/Land\n  default_epic_budget: 1234\nformats:\n  id_pattern: \"{type}-{number:04d}\"\n  date: \"YYYY-MM-DD[T\"\nai:\n  agents:\n    claude:\n      allowed_operations: [read, fly, comment]\n");

        Assert.HasCount(3, result.Diagnostics);
        Assert.AreEqual(1234, result.Config.Project.DefaultEpicBudget);
        Assert.AreEqual("ISSUE-0001", result.Config.Ids.Format(Trackdown.Core.Model.TaskType.Issue, 1));
        CollectionAssert.AreEqual(new[] { "read", "comment" }, result.Config.Ai.Agents["claude"].AllowedOperations!.ToArray());
        Assert.AreEqual(TimestampFormat.DefaultPattern, result.Config.Formats.Date.Pattern);
    }

    [TestMethod]
    public void Timezone_IanaId_IsUsedForTimestamps()
    {
        var result = ConfigLoader.Parse("config.yaml", "project:\n  timezone: Asia/Tokyo\n");

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        Assert.AreEqual(TimeSpan.FromHours(9), result.Config.Project.TimeZone.BaseUtcOffset);
        Assert.AreEqual("2026-11-24T06:05:09+09:00", result.Config.Formats.FormatTimestamp(new DateTimeOffset(2026, 11, 23, 21, 5, 9, TimeSpan.Zero)));
    }

    [TestMethod]
    [DataRow("W. Europe Standard Time")]
    [DataRow("Europe/Berlin")]
    public void Timezone_WindowsAndIanaIds_AreTheSameZone(string id)
    {
        var result = ConfigLoader.Parse("config.yaml", $"project:\n  timezone: \"{id}\"\n");

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        Assert.AreEqual(TimeSpan.FromHours(1), result.Config.Project.TimeZone.GetUtcOffset(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero)));
        Assert.AreEqual(id, result.Config.Project.Timezone);
    }

    [TestMethod]
    public void SyncInterval_ParsesDurations()
    {
        var result = ConfigLoader.Parse("config.yaml", "sync:\n  github:\n    sync_interval: 1h30m\n  jira:\n    sync_interval: 1d\n  linear:\n    sync_interval: 15m\n");

        Assert.IsEmpty(result.Diagnostics);
        Assert.AreEqual((TimeSpan.FromMinutes(90), TimeSpan.FromDays(1), TimeSpan.FromMinutes(15)), (result.Config.Sync.Github.SyncInterval, result.Config.Sync.Jira.SyncInterval, result.Config.Sync.Linear.SyncInterval));
    }

    [TestMethod]
    public void Providers_ListedOnesReplaceOnlyThemselves()
    {
        var result = ConfigLoader.Parse("config.yaml", "ai:\n  token_tracking:\n    providers:\n      local:\n        model: llama\n        cost_per_1k_input: 0\n        cost_per_1k_output: 0\n");

        Assert.IsEmpty(result.Diagnostics);
        CollectionAssert.AreEquivalent(new[] { "claude", "gpt4", "copilot", "local" }, result.Config.Ai.TokenTracking.Providers.Keys.ToArray());
    }
}
