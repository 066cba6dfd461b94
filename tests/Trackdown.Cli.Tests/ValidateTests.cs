using System.Text.Json;
using System.Text.RegularExpressions;

namespace Trackdown.Cli.Tests;

[TestClass]
public sealed partial class ValidateTests
{
    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<col>\d+)\): (?<sev>error|warning|info) (?<code>TRK\d{4}): (?<msg>.+)$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();

    private static List<(string File, int Line, int Col, string Code)> Parse(string stderr)
        => DiagnosticLine().Matches(stderr).Select(m => (m.Groups["file"].Value, int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["col"].Value), m.Groups["code"].Value)).ToList();

    [TestMethod]
    public void Validate_EveryKindOfBadFile_ReportsAllWithoutCrashingOrRewriting()
    {
        using var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        var files = new Dictionary<string, string>
        {
            ["tasks/issues/ISSUE-001-yaml.md"] = "---\nid: ISSUE-001\ntitle: [broken\n---\n",
            ["tasks/issues/ISSUE-002-nofm.md"] = "# no frontmatter\n",
            ["tasks/issues/ISSUE-003-open.md"] = "---\nid: ISSUE-003\n",
            ["tasks/issues/ISSUE-004-empty.md"] = "",
            ["tasks/issues/ISSUE-005-type.md"] = "---\nid: ISSUE-005\ntype: issue\ntitle: T\nstatus: todo\nestimate: lots\n---\n",
            ["tasks/issues/ISSUE-006-status.md"] = "---\nid: ISSUE-006\ntype: issue\ntitle: T\nstatus: doing\n---\n",
            ["tasks/issues/ISSUE-007-dupkey.md"] = "---\nid: ISSUE-007\nid: ISSUE-007\n---\n",
            ["tasks/issues/ISSUE-008-tab.md"] = "---\nid: ISSUE-008\nlabels:\n\t- a\n---\n",
        };
        foreach (var (path, text) in files)
        {
            repo.Write(path, text);
        }

        var result = repo.Expect(1, "validate");

        var found = Parse(result.Stderr);
        CollectionAssert.IsSubsetOf(
            new[]
            {
                ("tasks/issues/ISSUE-001-yaml.md", 4, 1, "TRK1003"),
                ("tasks/issues/ISSUE-002-nofm.md", 1, 1, "TRK1001"),
                ("tasks/issues/ISSUE-003-open.md", 1, 1, "TRK1005"),
                ("tasks/issues/ISSUE-004-empty.md", 1, 1, "TRK1006"),
                ("tasks/issues/ISSUE-005-type.md", 6, 11, "TRK1002"),
                ("tasks/issues/ISSUE-006-status.md", 5, 9, "TRK1020"),
                ("tasks/issues/ISSUE-007-dupkey.md", 3, 1, "TRK1009"),
                ("tasks/issues/ISSUE-008-tab.md", 4, 1, "TRK1010"),
            },
            found,
            result.Stderr);
        Assert.IsFalse(result.Stderr.Contains("TRK9001"), result.Stderr);
        foreach (var (path, text) in files)
        {
            Assert.AreEqual(text, repo.Read(path), path);
        }
    }

    [TestMethod]
    public void Validate_Json_ListsDiagnosticsWithPositions()
    {
        using var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        repo.Write("tasks/tasks/TASK-001-x.md", "---\nid: TASK-001\ntype: task\ntitle: X\nstatus: todo\nparent: ISSUE-404\n---\n");

        using var json = JsonDocument.Parse(repo.Expect(1, "validate", "--json").Stdout);

        var diagnostic = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.AreEqual("TRK2103", diagnostic.GetProperty("id").GetString());
        Assert.AreEqual(6, diagnostic.GetProperty("line").GetInt32());
        Assert.AreEqual(9, diagnostic.GetProperty("column").GetInt32());
        Assert.AreEqual(1, json.RootElement.GetProperty("errors").GetInt32());
    }

    [TestMethod]
    public void Validate_MalformedConfig_PointsIntoConfigYaml()
    {
        using var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        repo.Write(".ai-trackdown/config.yaml", "project:\n  name: demo\n  default_epic_budget: [1\n");

        var result = repo.Expect(1, "validate");

        var error = Parse(result.Stderr).Single(d => d.Code == "TRK0010");
        Assert.AreEqual(".ai-trackdown/config.yaml", error.File);
    }

    [TestMethod]
    public void Validate_UnknownConfigKey_IsAWarning()
    {
        using var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        repo.Write(".ai-trackdown/config.yaml", "project:\n  name: demo\n  colour: blue\n");

        var result = repo.Expect(0, "validate");

        Assert.AreEqual((".ai-trackdown/config.yaml", 3, 3, "TRK0012"), Parse(result.Stderr).Single());
    }

    [TestMethod]
    public void Generate_WritesOnceThenReportsUnchangedAndChecks()
    {
        using var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        repo.Write(".ai-trackdown/config.yaml", "ai:\n  llms_txt:\n    update_frequency: manual\n");
        repo.Expect(0, "create", "epic", "Generated epic");
        Assert.IsFalse(repo.Exists("llms.txt"), "update_frequency: manual regenerates nothing on a change");

        StringAssert.Contains(repo.Expect(0, "generate").Stdout, "updated   llms.txt");
        var second = repo.Expect(0, "generate");
        repo.Expect(0, "generate", "--check");
        repo.Expect(0, "update", "EPIC-001", "--title", "Renamed epic");
        var stale = repo.Expect(1, "generate", "--check");

        StringAssert.Contains(second.Stdout, "unchanged llms.txt");
        StringAssert.Contains(repo.Read("llms.txt"), "Generated epic");
        StringAssert.Contains(stale.Stderr, "llms.txt(1,1): error TRK2001:");
    }

    [TestMethod]
    public void OnChange_EveryChangeRegeneratesAndStagesTheGeneratedFiles()
    {
        using var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        repo.Expect(0, "create", "epic", "Generated epic");
        StringAssert.Contains(repo.Read("llms.txt"), "Generated epic", "update_frequency: on_change is the default");
        repo.Expect(0, "update", "EPIC-001", "--title", "Renamed epic");
        StringAssert.Contains(repo.Read("TASKTRACK.md"), "Renamed epic");
        repo.Expect(0, "generate", "--check");
        StringAssert.Contains(repo.Git("diff", "--cached", "--name-only"), "llms.txt", "git.auto_stage stages them with the change");
    }

    [TestMethod]
    public void Refs_FindsAttributesMembersAndComments()
    {
        using var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        repo.Expect(0, "create", "issue", "Referenced");
        repo.Write("src/App/Login.cs", "using Trackdown;\n\n[TaskRef(TaskIds.Issue001)]\nclass Login\n{\n    // TODO(ISSUE-001): finish\n    string Id = TaskIds.Issue001;\n    string Other = \"ISSUE-0012\"; // ISSUE-0012 is another task\n}\n");
        repo.Write("src/App/obj/Generated.cs", "// ISSUE-001 in build output is ignored\n");

        using var json = System.Text.Json.JsonDocument.Parse(repo.Expect(0, "refs", "ISSUE-001", "--json").Stdout);

        var found = json.RootElement.EnumerateArray().Select(e => (e.GetProperty("file").GetString(), e.GetProperty("line").GetInt32(), e.GetProperty("kind").GetString())).ToList();
        CollectionAssert.AreEqual(new[] { ("src/App/Login.cs", 3, "attribute"), ("src/App/Login.cs", 6, "comment"), ("src/App/Login.cs", 7, "member") }, found);
    }
}
