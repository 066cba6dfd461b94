using System.Text.Json;

namespace Trackdown.Cli.Tests;

[TestClass]
public sealed class TokensTests
{
    private static TempRepo Seeded()
    {
        var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        repo.Expect(0, "create", "epic", "Budgeted", "--budget", "10000");
        repo.Expect(0, "create", "issue", "Work", "--epic", "EPIC-001");
        return repo;
    }

    [TestMethod]
    public void Add_AppendsLedgerLineAndUpdatesTokenUsage()
    {
        using var repo = Seeded();

        StringAssert.Contains(repo.Expect(0, "tokens", "add", "ISSUE-001", "--agent", "claude", "--input", "1200", "--output", "340", "--operation", "implement form").Stdout, "+1,540 tokens");
        repo.Expect(0, "tokens", "add", "ISSUE-001", "--agent", "gpt4", "--input", "100", "--output", "0");

        var lines = File.ReadAllLines(repo.Path(".ai-trackdown/logs/tokens.jsonl"));
        Assert.HasCount(2, lines);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.AreEqual("EPIC-001", first.RootElement.GetProperty("epic").GetString());
        Assert.AreEqual(0.0087m, first.RootElement.GetProperty("cost").GetDecimal()); // 1.2 × 0.003 + 0.34 × 0.015
        StringAssert.Contains(repo.Read("tasks/issues/ISSUE-001-work.md"), "token_usage:\n  total: 1640\n  by_agent:\n    claude: 1540\n    gpt4: 100\n");
        repo.Expect(0, "validate");
    }

    [TestMethod]
    public void Add_BadInput_IsRefusedAndChangesNothing()
    {
        using var repo = Seeded();
        var before = repo.Read("tasks/issues/ISSUE-001-work.md");

        StringAssert.Contains(repo.Expect(1, "tokens", "add", "ISSUE-001", "--agent", "mystery", "--input", "1", "--output", "1").Stderr, "ai.token_tracking.providers.mystery");
        repo.Expect(2, "tokens", "add", "ISSUE-001", "--agent", "claude", "--input", "lots", "--output", "1");
        repo.Expect(2, "tokens", "add", "ISSUE-001", "--agent", "claude", "--input=-5", "--output", "1");
        repo.Expect(1, "tokens", "add", "ISSUE-404", "--agent", "claude", "--input", "1", "--output", "1");
        var broken = before.Replace("status: todo", "status: [todo");
        repo.Write("tasks/issues/ISSUE-001-work.md", broken);
        StringAssert.Contains(repo.Expect(1, "tokens", "add", "ISSUE-001", "--agent", "claude", "--input", "1", "--output", "1").Stderr, "not rewritten");
        Assert.AreEqual(broken, repo.Read("tasks/issues/ISSUE-001-work.md"));
        repo.Write("tasks/issues/ISSUE-001-work.md", before);

        Assert.AreEqual(before, repo.Read("tasks/issues/ISSUE-001-work.md"));
        Assert.IsFalse(File.Exists(repo.Path(".ai-trackdown/logs/tokens.jsonl")));
    }

    [TestMethod]
    public void Add_FourProcessesAtOnce_LedgerAndFrontmatterAgree()
    {
        using var repo = Seeded();

        var results = Enumerable.Range(1, 4).AsParallel().WithDegreeOfParallelism(4)
            .Select(i => repo.Cli("tokens", "add", "ISSUE-001", "--agent", "claude", "--input", (i * 100).ToString(), "--output", "0"))
            .ToList();

        Assert.IsTrue(results.All(r => r.ExitCode == 0), string.Join("\n", results));
        Assert.HasCount(4, File.ReadAllLines(repo.Path(".ai-trackdown/logs/tokens.jsonl")));
        StringAssert.Contains(repo.Read("tasks/issues/ISSUE-001-work.md"), "  total: 1000\n");
    }

    [TestMethod]
    public void Check_OverrunExitsOneAndCorruptLineIsReportedNotDropped()
    {
        using var repo = Seeded();
        repo.Expect(0, "tokens", "add", "ISSUE-001", "--agent", "claude", "--input", "8500", "--output", "0");
        File.AppendAllText(repo.Path(".ai-trackdown/logs/tokens.jsonl"), "{not json\n");

        var warned = repo.Expect(0, "tokens", "check", "--json");
        repo.Expect(0, "tokens", "add", "ISSUE-001", "--agent", "claude", "--input", "2000", "--output", "0");
        var over = repo.Expect(1, "tokens", "check");

        using var json = JsonDocument.Parse(warned.Stdout);
        var epic = json.RootElement.EnumerateArray().Single(e => e.GetProperty("scope").GetString() == "epic");
        Assert.IsTrue(epic.GetProperty("isWarning").GetBoolean());
        StringAssert.Contains(warned.Stderr, "tokens.jsonl(2,1): warning TRK3101:");
        StringAssert.Contains(over.Stdout, "over");
        StringAssert.Contains(File.ReadAllText(repo.Path(".ai-trackdown/logs/tokens.jsonl")), "{not json");
    }

    [TestMethod]
    public void Rebuild_RestoresTokenUsageFromTheLedger()
    {
        using var repo = Seeded();
        repo.Expect(0, "tokens", "add", "ISSUE-001", "--agent", "claude", "--input", "700", "--output", "0");
        var path = "tasks/issues/ISSUE-001-work.md";
        repo.Write(path, repo.Read(path).Replace("total: 700", "total: 5").Replace("claude: 700", "claude: 5"));

        repo.Expect(0, "tokens", "rebuild");

        StringAssert.Contains(repo.Read(path), "  total: 700\n");
    }

    [TestMethod]
    public void Count_UsesTheO200kTokenizer()
    {
        using var repo = Seeded();
        repo.Write("note.txt", "Hello, world!");

        Assert.AreEqual("4", repo.Expect(0, "tokens", "count", "note.txt").Stdout.Trim());
    }

    [TestMethod]
    public void Report_GroupsTotalsAndComparesWithThePreviousPeriod()
    {
        using var repo = Seeded();
        // Last week (Monday to Sunday, UTC: the project's time zone); this week's entries are added now.
        var today = DateTimeOffset.UtcNow.UtcDateTime.Date;
        var old = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 3).ToString("yyyy-MM-dd'T'12:00:00'Z'");
        Directory.CreateDirectory(repo.Path(".ai-trackdown/logs"));
        File.WriteAllText(repo.Path(".ai-trackdown/logs/tokens.jsonl"), $"{{\"time\":\"{old}\",\"task\":\"ISSUE-001\",\"agent\":\"claude\",\"input\":500,\"output\":0,\"cost\":0.0015}}\n");
        repo.Expect(0, "tokens", "add", "ISSUE-001", "--agent", "claude", "--input", "1000", "--output", "0");
        repo.Expect(0, "tokens", "add", "EPIC-001", "--agent", "gpt4", "--input", "0", "--output", "250");

        using var json = JsonDocument.Parse(repo.Expect(0, "tokens", "report", "--period", "week", "--by", "agent", "--json").Stdout);

        var root = json.RootElement;
        Assert.AreEqual(1250, root.GetProperty("totals").GetProperty("total").GetInt64());
        Assert.AreEqual(500, root.GetProperty("previous").GetProperty("total").GetInt64());
        Assert.AreEqual(2.5, root.GetProperty("trend").GetDouble(), 1e-9);
        CollectionAssert.AreEqual(new[] { "claude", "gpt4" }, root.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("key").GetString()).ToArray());
        Assert.IsTrue(root.GetProperty("budgets").EnumerateArray().Any(b => b.GetProperty("scope").GetString() == "epic"));
    }

    [TestMethod]
    public void Add_RequireAgentId_RefusesEntriesWithoutAnAgent()
    {
        using var repo = Seeded();
        repo.Write(".ai-trackdown/config.yaml", repo.Read(".ai-trackdown/config.yaml").Replace("require_agent_id: false", "require_agent_id: true"));

        StringAssert.Contains(repo.Expect(2, "tokens", "add", "ISSUE-001", "--input", "1", "--output", "1").Stderr, "require_agent_id");
        repo.Expect(0, "tokens", "add", "ISSUE-001", "--agent", "copilot", "--input", "1", "--output", "1");
    }
}
