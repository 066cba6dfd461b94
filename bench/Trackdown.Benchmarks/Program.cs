using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Trackdown.Benchmarks;

// 'generate <dir> [--count N] [--seed S]' writes a synthetic repository for the whole-process scripts;
// anything else runs BenchmarkDotNet (e.g. --filter '*').
if (args.Length >= 2 && args[0] == "generate")
{
    var count = Option("--count", 10_000);
    var seed = Option("--seed", 42);
    SyntheticRepository.Generate(args[1], count, seed);
    Console.WriteLine($"Generated {count} tasks in {args[1]}");
    return 0;

    int Option(string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}

// In-process: no boilerplate project to rebuild (our repo-wide build settings would get in its way), short enough for 2 cores.
var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1);
BenchmarkSwitcher.FromAssembly(typeof(SyntheticRepository).Assembly).Run(args, DefaultConfig.Instance.AddJob(job));
return 0;
