using System.Text.RegularExpressions;
using Trackdown.Core.Config;

namespace Trackdown.Core.Tests.Config;

[TestClass]
public sealed class ConfigPatternTests
{
    private const string Catastrophic = "automation:\n  rules:\n    - trigger: commit\n      pattern: \"^(a+)+$\"\n      action: update_status\n      status: done\n";

    [TestMethod]
    public void CatastrophicPattern_TimesOutCatchably_AndTheWarningPointsAtIt()
    {
        var rule = ConfigLoader.Parse("config.yaml", Catastrophic).Config.Automation.Rules.Single();

        Assert.AreEqual(ConfigPattern.MatchTimeout, rule.Pattern!.Regex.MatchTimeout);
        Assert.ThrowsExactly<RegexMatchTimeoutException>(() => rule.Pattern.Regex.IsMatch(new string('a', 5000) + "!"));
        var warning = rule.Pattern.TimedOut();
        Assert.AreEqual(("TRK0014", Trackdown.Core.Diagnostics.DiagnosticSeverity.Warning, "config.yaml", 4, 16), (warning.Id, warning.Severity, warning.FilePath, warning.Line, warning.Column));
    }

    [TestMethod]
    public void EveryPatternFromConfig_HasTheTimeout()
    {
        var config = ConfigLoader.Parse("config.yaml", "git:\n  patterns:\n    commit_task_ref: '\\b(TASK-\\d+)\\b'\n").Config;

        Assert.AreEqual(ConfigPattern.MatchTimeout, config.Git.CommitTaskRef!.Regex.MatchTimeout);
        Assert.AreEqual(ConfigPattern.MatchTimeout, config.Ids.Anchored.MatchTimeout);
        Assert.AreEqual(ConfigPattern.MatchTimeout, config.Ids.InText.MatchTimeout);
        Assert.IsTrue(config.Automation.Rules.All(r => r.Pattern is null || r.Pattern.Regex.MatchTimeout == ConfigPattern.MatchTimeout));
    }
}
