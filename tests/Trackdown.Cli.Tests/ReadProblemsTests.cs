namespace Trackdown.Cli.Tests;

/// <summary>A file that does not parse, or a broken config, is said once on stderr; never silently skipped.</summary>
[TestClass]
public sealed class ReadProblemsTests
{
    private const string Broken = "---\nid: [broken\n---\n";

    private static TempRepo Seeded()
    {
        var repo = new TempRepo(git: true, trackdown: true);
        repo.Task("ISSUE-001", "issue");
        return repo;
    }

    [TestMethod]
    public void List_BrokenFile_IsNamedOnceOnStderrAndTheRestIsListed()
    {
        using var repo = Seeded();
        repo.Write("tasks/issues/ISSUE-002-broken.md", Broken);

        var result = repo.Expect(0, "list");

        var notes = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(1, notes, result.ToString());
        StringAssert.Contains(notes[0], "tasks/issues/ISSUE-002-broken.md");
        StringAssert.Contains(notes[0], "run 'dotnet trackdown validate' for details");
        StringAssert.Contains(result.Stdout, "ISSUE-001");
    }

    [TestMethod]
    public void List_ManyBrokenFiles_NamesThreeAndCountsTheRest()
    {
        using var repo = Seeded();
        for (var i = 2; i <= 6; i++)
        {
            repo.Write($"tasks/issues/ISSUE-00{i}-broken.md", Broken);
        }

        var stderr = repo.Expect(0, "list", "--json").Stderr.Trim();

        StringAssert.Contains(stderr, "5 task files could not be read");
        StringAssert.Contains(stderr, "ISSUE-002-broken.md, tasks/issues/ISSUE-003-broken.md, tasks/issues/ISSUE-004-broken.md and 2 more;");
        Assert.IsFalse(stderr.Contains("ISSUE-005"), stderr);
    }

    [TestMethod]
    [DataRow("show", "ISSUE-001")]
    [DataRow("search", "Item")]
    [DataRow("context", "ISSUE-001")]
    public void ReadCommands_BrokenFile_SaySo(string command, string argument)
    {
        using var repo = Seeded();
        repo.Write("tasks/tasks/TASK-001-broken.md", Broken);

        StringAssert.Contains(repo.Expect(0, command, argument).Stderr, "tasks/tasks/TASK-001-broken.md");
    }

    [TestMethod]
    public void BrokenConfig_IsSaidOnceWithTheFileAndTheWayToDetails()
    {
        using var repo = Seeded();
        repo.Write(".ai-trackdown/config.yaml", "project:\n  default_epic_budget: lots\n");

        var result = repo.Expect(0, "list");

        var notes = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(1, notes, result.ToString());
        StringAssert.Contains(notes[0], ".ai-trackdown/config.yaml has 1 error;");
        StringAssert.Contains(notes[0], "run 'dotnet trackdown validate' for details");
    }

    [TestMethod]
    public void CleanRepository_SaysNothing()
    {
        using var repo = Seeded();

        Assert.AreEqual(string.Empty, repo.Expect(0, "list").Stderr);
    }

    [TestMethod]
    public void Validate_PrintsTheDetailsInsteadOfTheNote()
    {
        using var repo = Seeded();
        repo.Write("tasks/issues/ISSUE-002-broken.md", Broken);
        repo.Write(".ai-trackdown/config.yaml", "formats: [\n");

        var result = repo.Expect(1, "validate");

        Assert.IsFalse(result.Output.Contains("for details"), result.ToString());
        StringAssert.Contains(result.Output, "TRK0010");
    }
}
