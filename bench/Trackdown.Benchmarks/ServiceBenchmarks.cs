using BenchmarkDotNet.Attributes;
using Trackdown.Core.Repository;
using Trackdown.Core.Service;

namespace Trackdown.Benchmarks;

/// <summary>
/// The service's in-process cost of one change on a generated 10,000-item repository: lock, load through the read
/// cache, the workflow, schema and graph checks of the changed item, the atomic write and the audit line. Each
/// iteration flips one issue's priority, so every call really writes.
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
public class ServiceBenchmarks
{
    private static readonly ChangeOrigin Origin = new(Actor.Person("bench"), ChangeSources.Cli);
    private string root = string.Empty;
    private TrackerService service = null!;
    private int flip;

    [Params(10_000)]
    public int Tasks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        root = Path.Combine(Path.GetTempPath(), $"trackdown-bench-service-{Environment.ProcessId}-{Tasks}");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        SyntheticRepository.Generate(root, Tasks, seed: 42);
        service = new TrackerService(TrackdownWorkspace.Open(root));
        service.Items(); // the read cache is warm, as after any earlier command
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(root, recursive: true);

    /// <summary>One update of one field of one issue through the whole write path.</summary>
    [Benchmark]
    public int UpdateOneField()
        => service.UpdateAsync(FirstIssue, new ItemChanges { Priority = (flip++ & 1) == 0 ? "low" : "high" }, Origin).GetAwaiter().GetResult().Events.Count;

    /// <summary>What every operation starts with: all items through the read cache (stat every file, read the cache).</summary>
    [Benchmark]
    public int LoadThroughCache() => service.Items().Items.Count;

    private string FirstIssue => firstIssue ??= service.Items().Items.First(i => i.Type == Core.Model.TaskType.Issue).Id!;

    private string? firstIssue;
}
