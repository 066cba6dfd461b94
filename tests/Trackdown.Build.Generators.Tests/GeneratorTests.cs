using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Trackdown.Build.Generators.Tests;

[TestClass]
public sealed class GeneratorTests
{
    private static readonly (string, string)[] Tasks =
    {
        ("/repo/tasks/epics/EPIC-001-auth.md", "---\nid: EPIC-001\ntype: epic\ntitle: User authentication\nstatus: in-progress\n---\n"),
        ("/repo/tasks/issues/ISSUE-001-login.md", "---\r\nid: ISSUE-001\r\ntype: issue\r\ntitle: 'Login: <flow> & \"more\"'   # quoted\r\nstatus: done\r\nepic: EPIC-001\r\n---\r\n"),
        ("/repo/tasks/tasks/TASK-014-form.md", "\uFEFF---\nid: TASK-014\ntype: task\ntitle: Create login form\nstatus: todo\nepic: EPIC-001\nparent: ISSUE-001\n---\n"),
    };

    private static string RepositoryRoot => Trackdown.Tests.RepoPaths.Root;

    [TestMethod]
    public void Generate_Tasks_MatchesSnapshotAndCompilesCleanly()
    {
        const string code = "namespace App { using Trackdown; [TaskRef(TaskIds.Issue001)] public static class Uses { public static string Id => TaskIds.Task014; public static string? Title => TaskCatalog.Get(TaskIds.Issue001).Title; } }";

        var (output, diagnostics, driver) = GeneratorHarness.Run(code, Tasks);

        Assert.IsEmpty(diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.IsEmpty(problems, string.Join("\n", problems));
        var generated = driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("Trackdown.TaskIds.g.cs", StringComparison.Ordinal)).ToString();
        Snapshot.Match("TaskIds", generated.Replace(VersionOfGenerator(), "VERSION"));
    }

    [TestMethod]
    public void Generate_Options_ChangeNamespaceClassAccessibilityAndCatalog()
    {
        var (texts, options) = GeneratorHarness.Inputs(Tasks, new Dictionary<string, string>
        {
            ["build_property.TrackdownIdsNamespace"] = "My.App",
            ["build_property.TrackdownIdsClassName"] = "Ids",
            ["build_property.TrackdownIdsAccessibility"] = "public",
            ["build_property.TrackdownEmitTaskCatalog"] = "false",
        });

        var driver = GeneratorHarness.Driver(texts, options).RunGenerators(GeneratorHarness.Compilation());

        var generated = driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("Trackdown.TaskIds.g.cs", StringComparison.Ordinal)).ToString();
        StringAssert.Contains(generated, "namespace My.App");
        StringAssert.Contains(generated, "public static partial class Ids");
        Assert.IsFalse(generated.Contains("TaskCatalog"), generated);
    }

    [TestMethod]
    public void Generate_TasksDirectoryProperty_SelectsTaskFilesWithoutMetadata()
    {
        var texts = new[]
        {
            new TestAdditionalText("/repo/tasks/issues/ISSUE-001-a.md", GeneratorHarness.Task("ISSUE-001")),
            new TestAdditionalText("/repo/docs/ISSUE-002-not-a-task.md", GeneratorHarness.Task("ISSUE-002")),
        };
        var options = new TestOptionsProvider(new Dictionary<string, string> { ["build_property.TrackdownTasksDirectory"] = "/repo/tasks/" }, new HashSet<string>());

        var driver = GeneratorHarness.Driver(texts, options).RunGenerators(GeneratorHarness.Compilation());

        var generated = driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("Trackdown.TaskIds.g.cs", StringComparison.Ordinal)).ToString();
        StringAssert.Contains(generated, "Issue001");
        Assert.IsFalse(generated.Contains("Issue002"), "files outside the tasks directory are not tasks");
    }

    [TestMethod]
    public void Generate_IdWithoutLettersOrDigits_ReportsTrk4001AtTheIdValue()
    {
        var (_, diagnostics, _) = GeneratorHarness.Run(string.Empty, ("/repo/tasks/x.md", "---\nid: 'é-—'\ntype: issue\n---\n"));

        var diagnostic = diagnostics.Single();
        Assert.AreEqual("TRK4001", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.AreEqual(("/repo/tasks/x.md", 1, 4), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
    }

    [TestMethod]
    public void Generate_QuotedKeysAnchorsAndTags_AreReadLikeCore()
    {
        var text = "---\n\"id\": &i ISSUE-001\n'type': !!str issue\n&t title: !custom \"Caf\\u00e9\"\nstatus: todo\n---\n";

        var (output, diagnostics, _) = GeneratorHarness.Run(string.Empty, ("/repo/tasks/ISSUE-001.md", text));

        Assert.IsEmpty(diagnostics);
        var generated = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Trackdown.TaskIds.g.cs", StringComparison.Ordinal)).ToString();
        StringAssert.Contains(generated, "Issue001");
        StringAssert.Contains(generated, "Café");
    }

    [TestMethod]
    [DataRow("id: *other\n", 2, "id")]
    [DataRow("id: ISSUE-001\ntitle: |\n  Block\n", 3, "title")]
    [DataRow("id: ISSUE-001\ntitle: Two\n  lines\n", 3, "title")]
    [DataRow("{id: ISSUE-001, type: issue}\n", 2, "")]
    public void Generate_KeyTheScannerCannotRead_WarnsTrk4003AtTheKey(string frontmatter, int line, string key)
    {
        // A flow frontmatter is the whole mapping; the others follow an anchored value for the alias to name.
        var prelude = frontmatter.StartsWith('{') ? string.Empty : "x: &other ISSUE-009\n";
        var (_, diagnostics, _) = GeneratorHarness.Run(string.Empty, ("/repo/tasks/x.md", "---\n" + prelude + frontmatter + "---\n"));

        var diagnostic = diagnostics.Single();
        Assert.AreEqual("TRK4003", diagnostic.Id);
        Assert.AreEqual(DiagnosticSeverity.Warning, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.AreEqual(("/repo/tasks/x.md", line + (prelude.Length > 0 ? 1 : 0)), (span.Path, span.StartLinePosition.Line + 1));
        if (key.Length > 0)
        {
            StringAssert.Contains(diagnostic.GetMessage(CultureInfo.InvariantCulture), $"'{key}'");
        }
    }

    [TestMethod]
    public void Generate_FifteenThousandDeepFrontmatter_StillEmitsTheId()
    {
        var deep = "deep: " + new string('[', 15_000) + new string(']', 15_000) + "\nmore: " + string.Concat(Enumerable.Repeat("{a: ", 15_000)) + "x" + new string('}', 15_000) + "\n";

        var (output, diagnostics, _) = GeneratorHarness.Run(string.Empty, ("/repo/tasks/ISSUE-001.md", "---\nid: ISSUE-001\ntype: issue\ntitle: Deep\nstatus: todo\n" + deep + "---\n"));

        Assert.IsEmpty(diagnostics);
        StringAssert.Contains(output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Trackdown.TaskIds.g.cs", StringComparison.Ordinal)).ToString(), "Issue001");
    }

    [TestMethod]
    public void Generate_TwoIdsOneIdentifier_ReportsTrk4002OnTheSecond()
    {
        var (output, diagnostics, _) = GeneratorHarness.Run(string.Empty, ("/repo/a.md", GeneratorHarness.Task("ISSUE-001")), ("/repo/b.md", GeneratorHarness.Task("Issue-001")));

        var diagnostic = diagnostics.Single();
        Assert.AreEqual("TRK4002", diagnostic.Id);
        Assert.AreEqual("/repo/b.md", diagnostic.Location.GetLineSpan().Path, "ordinal order: 'ISSUE-001' < 'Issue-001', so the second loses the name");
        Assert.IsFalse(output.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error));
    }

    [TestMethod]
    public void Generate_EditOneFile_OnlyThatFileIsReprocessed()
    {
        var files = Enumerable.Range(1, 50).Select(i => ($"/repo/tasks/issues/ISSUE-{i:000}.md", GeneratorHarness.Task($"ISSUE-{i:000}"))).ToArray();
        var (texts, options) = GeneratorHarness.Inputs(files);
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(texts, options).RunGenerators(compilation);

        var edited = new TestAdditionalText(texts[7].Path, GeneratorHarness.Task("ISSUE-008", title: "Renamed"));
        driver = driver.ReplaceAdditionalText(texts[7], edited).RunGenerators(compilation);

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        var fileOutputs = steps[TrackingNames.Files].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.AreEqual(1, fileOutputs.Count(r => r == IncrementalStepRunReason.Modified), string.Join(", ", fileOutputs));
        Assert.IsTrue(fileOutputs.All(r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), string.Join(", ", fileOutputs));
        Assert.AreEqual(IncrementalStepRunReason.Cached, steps[TrackingNames.Options].Single().Outputs.Single().Reason);
        foreach (var step in new[] { TrackingNames.Files, TrackingNames.Options, TrackingNames.All }.SelectMany(name => steps[name]))
        {
            foreach (var (value, _) in step.Outputs)
            {
                AssertNoRoslynObjects(value);
            }
        }
    }

    [TestMethod]
    public void Generate_SameInputsTwice_EverythingCached()
    {
        var (texts, options) = GeneratorHarness.Inputs(Tasks);
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(texts, options).RunGenerators(compilation).RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Other {}", GeneratorHarness.ParseOptions)));

        var reasons = driver.GetRunResult().Results.Single().TrackedSteps.Values.SelectMany(s => s).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.IsTrue(reasons.All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), string.Join(", ", reasons));
    }

    private static void AssertNoRoslynObjects(object? value, int depth = 0)
    {
        if (value is null || depth > 4 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.IsFalse(value is Compilation or ISymbol or SyntaxNode or Location or AdditionalText, $"a pipeline stage holds a {value.GetType().Name}");
        if (value is System.Runtime.CompilerServices.ITuple tuple)
        {
            for (var i = 0; i < tuple.Length; i++)
            {
                AssertNoRoslynObjects(tuple[i], depth + 1);
            }

            return;
        }

        if (value is System.Collections.IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertNoRoslynObjects(item, depth + 1);
            }

            return;
        }

        if (value.GetType().Assembly != typeof(TaskIdsGenerator).Assembly)
        {
            return; // only our own models can hide a Roslyn object
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertNoRoslynObjects(property.GetValue(value), depth + 1);
        }
    }

    private static string VersionOfGenerator()
        => typeof(TaskIdsGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    /// <summary>Home-made snapshots (Verify is not on our feed): TRACKDOWN_ACCEPT=1 rewrites them.</summary>
    private static class Snapshot
    {
        public static void Match(string name, string actual)
        {
            var path = Path.Combine(RepositoryRoot, "tests", "Trackdown.Build.Generators.Tests", "Snapshots", name + ".verified.cs");
            if (Environment.GetEnvironmentVariable("TRACKDOWN_ACCEPT") == "1" || !File.Exists(path))
            {
                File.WriteAllText(path, actual);
                if (Environment.GetEnvironmentVariable("TRACKDOWN_ACCEPT") != "1")
                {
                    Assert.Fail($"Snapshot {path} did not exist and was written; review it and run again.");
                }
            }

            Assert.AreEqual(File.ReadAllText(path), actual, $"Generated source differs from {path}; set TRACKDOWN_ACCEPT=1 to accept.");
        }
    }
}
