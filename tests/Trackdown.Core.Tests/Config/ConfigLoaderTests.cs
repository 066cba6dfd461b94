using Trackdown.Core.Config;

namespace Trackdown.Core.Tests.Config;

[TestClass]
public sealed class ConfigLoaderTests
{
    [TestMethod]
    public void Parse_DefaultConfigYaml_HasNoDiagnosticsAndEqualsDefaults()
    {
        var result = ConfigLoader.Parse("config.yaml", DefaultConfigYaml.Text, "repo");

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        var d = TrackdownConfig.Default;
        var c = result.Config;
        CollectionAssert.AreEqual(d.Workflows.Default.Statuses.ToArray(), c.Workflows.Default.Statuses.ToArray());
        CollectionAssert.AreEqual(d.Workflows.Default.Transitions.ToArray(), c.Workflows.Default.Transitions.ToArray());
        CollectionAssert.AreEquivalent(d.Ai.TokenTracking.Providers.ToList(), c.Ai.TokenTracking.Providers.ToList());
        CollectionAssert.AreEquivalent(d.Ai.Agents.ToList(), c.Ai.Agents.ToList());
        Assert.AreEqual(d.Ai.TokenTracking.WarnThreshold, c.Ai.TokenTracking.WarnThreshold);
        Assert.AreEqual(d.Ai.LlmsTxt.MaxTokens, c.Ai.LlmsTxt.MaxTokens);
        Assert.AreEqual(d.Git.CommitTaskRef, c.Git.CommitTaskRef);
        Assert.AreEqual(d.Formats.IdPattern, c.Formats.IdPattern);
        Assert.AreEqual("repo", c.Project.Name);
        Assert.AreEqual(d.Automation.Rules.Single() with { Channels = [] }, c.Automation.Rules.Single() with { Channels = [] });
    }

    [TestMethod]
    [DataRow("project:\n  default_epic_budget: [1\n", "TRK0010", 3)]
    [DataRow("project:\n  default_epic_budget: lots\n", "TRK0011", 2)]
    [DataRow("ai:\n  token_tracking:\n    warn_threshold: 3\n", "TRK0011", 3)]
    [DataRow("formats:\n  id_pattern: '[unclosed'\n", "TRK0011", 2)]
    [DataRow("workflows:\n  default:\n    statuses: [todo, done]\n    transitions:\n      - from: todo\n        to: [doing]\n", "TRK0011", 6)]
    [DataRow("git:\n  auto_stage: maybe\n", "TRK0011", 2)]
    [DataRow("project:\n  colour: blue\n", "TRK0012", 2)]
    [DataRow("projects:\n  name: x\n", "TRK0012", 1)]
    public void Parse_BadConfig_ReportsLocatedDiagnostic(string yaml, string code, int line)
    {
        var result = ConfigLoader.Parse("config.yaml", yaml);

        var diagnostic = result.Diagnostics.Single();
        Assert.AreEqual(code, diagnostic.Id, diagnostic.Message);
        Assert.AreEqual(line, diagnostic.Line, diagnostic.Message);
        Assert.AreEqual("config.yaml", diagnostic.FilePath);
        Assert.AreEqual(code == "TRK0012" ? Trackdown.Core.Diagnostics.DiagnosticSeverity.Warning : Trackdown.Core.Diagnostics.DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [TestMethod]
    public void Parse_CustomWorkflow_IsUsed()
    {
        var result = ConfigLoader.Parse("config.yaml", "workflows:\n  default:\n    statuses: [open, closed]\n    closed: [closed]\n    transitions:\n      - from: open\n        to: closed\n        requires_commit: true\nproject:\n  id_prefix: ACME-\n");

        Assert.IsEmpty(result.Diagnostics);
        var workflow = result.Config.Workflows.Default;
        CollectionAssert.AreEqual(new[] { "closed" }, workflow.AllowedTargets("open").ToArray());
        Assert.IsEmpty(workflow.AllowedTargets("closed"));
        Assert.AreEqual(TransitionRule.RequiresCommit, workflow.RuleFor("open", "closed"));
        Assert.IsNull(workflow.RuleFor("closed", "open"));
        Assert.IsTrue(workflow.IsClosed("closed"));
        StringAssert.StartsWith(result.Config.Formats.IdPattern, "^ACME-(EPIC");
    }

    [TestMethod]
    public void Load_MissingFile_IsAllDefaults()
    {
        using var dir = new TempRepo();

        var result = ConfigLoader.Load(dir.Root);

        Assert.IsEmpty(result.Diagnostics);
        Assert.IsNull(result.FilePath);
        Assert.AreEqual(Path.GetFileName(dir.Root), result.Config.Project.Name);
    }
}
