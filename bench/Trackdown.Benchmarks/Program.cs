using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Trackdown.Benchmarks;

// generate <dir> [--count N] [--seed S] [--no-verify]   writes a synthetic repository (used by the scripts), then checks
//                                                      that it validates with zero diagnostics (exit 1 otherwise);
// verify <dir>                                         only the check;
// anything else                                        runs BenchmarkDotNet, e.g. --filter '*LoadBenchmarks*'.
if (args.Length >= 1 && args[0] is "generate" or "verify")
{
    if (args.Length < 2 || args[1].StartsWith("--", StringComparison.Ordinal))
    {
        Console.Error.WriteLine("usage: Trackdown.Benchmarks generate <dir> [--count N] [--seed S] [--no-verify] | verify <dir>");
        return 2;
    }

    var dir = Path.GetFullPath(args[1]);
    if (args[0] == "generate")
    {
        var count = Option("--count", 10_000);
        var seed = Option("--seed", 42);
        var watch = Stopwatch.StartNew();
        try
        {
            SyntheticRepository.Generate(dir, count, seed);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            Console.Error.WriteLine($"generate: {ex.Message}");
            return 1;
        }

        Console.WriteLine($"Generated {count} items (seed {seed}) in {dir} ({watch.ElapsedMilliseconds} ms).");
        if (args.Contains("--no-verify"))
        {
            return 0;
        }
    }

    var problems = SyntheticRepository.Verify(dir);
    foreach (var problem in problems.Take(20))
    {
        Console.Error.WriteLine(problem.Format(dir));
    }

    Console.WriteLine(problems.Count == 0 ? "Verified: zero diagnostics." : $"Verification failed: {problems.Count} diagnostic(s).");
    return problems.Count == 0 ? 0 : 1;
}

// In-process toolchain: BenchmarkDotNet's default out-of-process toolchain generates and builds a boilerplate project that
// rebuilds Core into the shared artifacts folder under the repo-wide build settings; in-process avoids both and is short
// enough for a 2-core machine.
var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10);
BenchmarkSwitcher.FromAssembly(typeof(SyntheticRepository).Assembly).Run(args, DefaultConfig.Instance.AddJob(job));
return 0;

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
