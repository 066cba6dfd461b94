using System.Text.Json;

namespace Trackdown.Cli.Tests;

/// <summary>list: tab-separated rows in pipes, the table on a terminal, and --sort/--reverse/--limit.</summary>
[TestClass]
public sealed class ListOutputTests
{
    private static TempRepo Seeded()
    {
        var repo = new TempRepo(git: true, trackdown: true);
        repo.Task("ISSUE-001", "issue", "priority: low\nupdated: 2026-01-03T00:00:00Z\n");
        repo.Task("ISSUE-002", "issue", "priority: critical\nupdated: 2026-01-01T00:00:00Z\nassignee: '@bob'\n");
        repo.Write("tasks/issues/ISSUE-003-item.md", "---\nid: ISSUE-003\ntype: issue\ntitle: \"Tab\\there\"\nstatus: in-progress\npriority: high\nupdated: 2026-01-02T00:00:00Z\n---\n");
        return repo;
    }

    [TestMethod]
    public void Piped_PrintsAHeaderAndTabSeparatedRows()
    {
        using var repo = Seeded();

        var lines = repo.Expect(0, "list").Stdout.TrimEnd('\n').Split('\n');

        CollectionAssert.AreEqual(
            new[]
            {
                "ID\tTYPE\tSTATUS\tPRIORITY\tASSIGNEE\tTITLE",
                "ISSUE-001\tissue\ttodo\tlow\t\tItem ISSUE-001",
                "ISSUE-002\tissue\ttodo\tcritical\t@bob\tItem ISSUE-002",
                "ISSUE-003\tissue\tin-progress\thigh\t\tTab here",
            },
            lines);
    }

    [TestMethod]
    public void OnATerminal_KeepsTheTable()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/script"))
        {
            Assert.Inconclusive("Needs util-linux 'script' to give the tool a terminal.");
        }

        using var repo = Seeded();
        var tool = Path.Combine(AppContext.BaseDirectory, "dotnet-trackdown.dll");

        var result = ProcessRunner.Run(repo.Root, "script", ["-qec", $"dotnet '{tool}' list", "/dev/null"], new Dictionary<string, string?> { ["NO_COLOR"] = "1", ["CI"] = "true" });

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, "│");
        StringAssert.Contains(result.Stdout, "3 task(s)");
        Assert.IsFalse(result.Stdout.Contains("ID\tTYPE"), result.Stdout);
    }

    [TestMethod]
    [DataRow(new[] { "--sort", "priority" }, new[] { "ISSUE-002", "ISSUE-003", "ISSUE-001" })]
    [DataRow(new[] { "--sort", "priority", "--reverse" }, new[] { "ISSUE-001", "ISSUE-003", "ISSUE-002" })]
    [DataRow(new[] { "--sort", "updated" }, new[] { "ISSUE-001", "ISSUE-003", "ISSUE-002" })]
    [DataRow(new[] { "--sort", "status" }, new[] { "ISSUE-001", "ISSUE-002", "ISSUE-003" })]
    [DataRow(new[] { "--sort", "status", "--reverse", "--limit", "2" }, new[] { "ISSUE-003", "ISSUE-001" })]
    [DataRow(new[] { "--reverse", "--limit", "1" }, new[] { "ISSUE-003" })]
    public void SortReverseLimit_OrderTheJson(string[] options, string[] expected)
    {
        using var repo = Seeded();

        using var json = JsonDocument.Parse(repo.Expect(0, ["list", "--json", .. options]).Stdout);

        CollectionAssert.AreEqual(expected, json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToArray());
    }

    [TestMethod]
    public void BadSortOrLimit_IsAUsageError()
    {
        using var repo = Seeded();

        StringAssert.Contains(repo.Expect(2, "list", "--sort", "size").Stderr, "size");
        StringAssert.Contains(repo.Expect(2, "list", "--limit", "-1").Stderr, "--limit cannot be negative");
    }
}
