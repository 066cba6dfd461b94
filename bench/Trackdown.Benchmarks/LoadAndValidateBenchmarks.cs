using BenchmarkDotNet.Attributes;
using Trackdown.Core.Config;
using Trackdown.Core.Diagnostics;
using Trackdown.Core.Repository;
using Trackdown.Core.Validation;

namespace Trackdown.Benchmarks;

/// <summary>In-process load and validation of a 10,000-task repository (target: well under 500 ms).</summary>
[MemoryDiagnoser]
public class LoadAndValidateBenchmarks
{
    private string root = string.Empty;
    private TaskSet loaded = null!;

    [Params(10_000)]
    public int Tasks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        root = Path.Combine(Path.GetTempPath(), $"trackdown-bench-{Tasks}");
        if (!Directory.Exists(Path.Combine(root, "tasks")))
        {
            SyntheticRepository.Generate(root, Tasks);
        }

        loaded = TaskSet.Load(Path.Combine(root, "tasks"));
    }

    [Benchmark]
    public int Load() => TaskSet.Load(Path.Combine(root, "tasks")).Documents.Count;

    [Benchmark]
    public int Validate() => RepositoryValidator.Validate(loaded, TrackdownConfig.Default, Array.Empty<TrackdownDiagnostic>()).Count;

    [Benchmark]
    public int LoadAndValidate() => RepositoryValidator.Validate(TaskSet.Load(Path.Combine(root, "tasks")), TrackdownConfig.Default, Array.Empty<TrackdownDiagnostic>()).Count;
}
