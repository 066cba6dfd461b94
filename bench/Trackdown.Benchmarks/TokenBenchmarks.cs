using BenchmarkDotNet.Attributes;
using Trackdown.Core.Config;
using Trackdown.Core.Context;
using Trackdown.Core.Generation;
using Trackdown.Core.Repository;
using Trackdown.Core.Tokens;

namespace Trackdown.Benchmarks;

/// <summary>
/// Token economics on the 10,000-task repository: tokenizer throughput, llms.txt generation within the default
/// 2,000-token cap, context extraction for one issue, and a report over a 100,000-line ledger.
/// </summary>
[MemoryDiagnoser]
public class TokenBenchmarks
{
    private string root = string.Empty;
    private string text = string.Empty;
    private TaskSet set = null!;
    private GenerationOptions options = null!;
    private List<TokenEntry> ledger = null!;

    [GlobalSetup]
    public void Setup()
    {
        root = Path.Combine(Path.GetTempPath(), "trackdown-bench-10000");
        if (!Directory.Exists(Path.Combine(root, "tasks")))
        {
            SyntheticRepository.Generate(root, 10_000);
        }

        set = TaskSet.Load(Path.Combine(root, "tasks"));
        options = new GenerationOptions("Bench", TrackdownConfig.Default.Workflows.Default.Statuses, new[] { "done" }, 100_000);
        text = string.Concat(set.Items.Take(400).Select(i => i.Body)); // ~1 MB of real task bodies
        var random = new Random(7);
        var agents = new[] { "claude", "gpt4", "copilot" };
        var start = DateTimeOffset.UtcNow.AddDays(-90);
        ledger = Enumerable.Range(0, 100_000).Select(i => new TokenEntry(start.AddMinutes(i * 1.3), set.Items[random.Next(set.Items.Count)].Id!, null, agents[i % 3], null, random.Next(100, 5000), random.Next(10, 2000), 0.01m, null)).ToList();
        TokenCounter.Count("warm up the tokenizer");
    }

    /// <summary>Bytes of UTF-8 text tokenized per call; divide by the mean for MB/s.</summary>
    public int TextBytes => System.Text.Encoding.UTF8.GetByteCount(text);

    [Benchmark]
    public int TokenizeOneMegabyte() => TokenCounter.Count(text);

    [Benchmark]
    public string LlmsTxtWithinCap() => LlmsTxtRenderer.Render(new ProjectSnapshot(set, options), root, 2000, TokenCounter.Count);

    [Benchmark]
    public ContextResult ContextForOneIssue() => ContextBuilder.Build(set, set.Find("ISSUE-001")!, new ContextRequest(ContextFormat.Claude, 4000, 2, false), Array.Empty<TokenEntry>(), Array.Empty<string>(), TokenCounter.Count);

    [Benchmark]
    public TokenReport ReportOver100kLedgerLines() => TokenReport.Build(ledger, "month", "agent", DateTimeOffset.UtcNow);
}
