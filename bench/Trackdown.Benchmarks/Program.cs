using System.Globalization;
using BenchmarkDotNet.Running;
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

BenchmarkSwitcher.FromAssembly(typeof(SyntheticRepository).Assembly).Run(args);
return 0;
