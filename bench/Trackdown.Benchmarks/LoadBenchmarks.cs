using BenchmarkDotNet.Attributes;
using Trackdown.Core.Config;
using Trackdown.Core.Diagnostics;
using Trackdown.Core.Repository;
using Trackdown.Core.Validation;

namespace Trackdown.Benchmarks;

/// <summary>
/// In-process load and validation of a generated 10,000-item repository (design target: load + validate well under
/// 500 ms). The repository is generated once per run into a fresh temp folder and checked to validate cleanly, so every
/// benchmark measures the happy path the build takes on every edit.
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
public class LoadBenchmarks
{
    private string root = string.Empty;
    private string tasksDir = string.Empty;

    [Params(10_000)]
    public int Tasks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        root = Path.Combine(Path.GetTempPath(), $"trackdown-bench-{Environment.ProcessId}-{Tasks}");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        SyntheticRepository.Generate(root, Tasks, seed: 42);
        tasksDir = Path.Combine(root, "tasks");
        var problems = SyntheticRepository.Verify(root);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The generated repository is not valid ({problems.Count} diagnostics), first: {problems[0].Format()}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>List, read and parse every file (in parallel): what every command and the build start with.</summary>
    [Benchmark(Baseline = true)]
    public int Load() => TaskSet.Load(tasksDir).Documents.Count;

    /// <summary>Load, then the graph checks: ids, file names, folders, references, cycles, statuses, dates.</summary>
    [Benchmark]
    public int LoadAndGraphValidate() => GraphValidator.Validate(TaskSet.Load(tasksDir), SyntheticRepository.Statuses).Count;

    /// <summary>Load, then everything <c>trackdown validate</c> and the build check: read diagnostics, schema, graph.</summary>
    [Benchmark]
    public int LoadAndValidate() => RepositoryValidator.Validate(TaskSet.Load(tasksDir), TrackdownConfig.Default, Array.Empty<TrackdownDiagnostic>()).Count;
}
