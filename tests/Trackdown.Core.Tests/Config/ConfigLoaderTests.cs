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
        Assert.AreEqual(ConfigDump.Of(TrackdownConfig.Default with { Project = TrackdownConfig.Default.Project with { Name = "repo" } }), ConfigDump.Of(result.Config));
    }

    [TestMethod]
    public void DefaultConfigYaml_HasACommentForEveryKey()
    {
        var lines = DefaultConfigYaml.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var isKey = line.Length > 0 && !line.StartsWith('#') && !line.StartsWith('-') && line.Contains(':') && !line.Contains("->");
            var commented = line.Contains(" # ") || (i > 0 && lines[i - 1].TrimStart().StartsWith('#'));
            var section = i + 1 < lines.Length && lines[i + 1].Length - lines[i + 1].TrimStart().Length > lines[i].Length - lines[i].TrimStart().Length;
            if (isKey && !commented && !section && !SelfExplaining.Contains(line.Split(':')[0]))
            {
                Assert.Fail($"Line {i + 1} '{line}' of DefaultConfigYaml has no comment.");
            }
        }
    }

    // Keys whose name says it all, or that the comment of their section explains.
    private static readonly string[] SelfExplaining = { "enabled", "model", "cost_per_1k_input", "cost_per_1k_output", "project", "sync_interval", "allowed_operations", "context_format", "max_tokens_per_task", "in_progress", "in_review", "done", "statuses", "name", "trigger", "pattern", "action", "status" };

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
        Assert.AreEqual("ACME-EPIC-001", result.Config.Ids.Format(Trackdown.Core.Model.TaskType.Epic, 1));
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
