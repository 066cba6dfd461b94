using BenchmarkDotNet.Attributes;
using Trackdown.Core.Config;

namespace Trackdown.Benchmarks;

/// <summary>
/// Loading config.yaml in-process (read, YAML, bind, validate, compile its regexes), which every command and every
/// build does once: the design's file (tests/TestAssets/DesignConfig) and the one 'init' writes. Target: under 5 ms.
/// </summary>
[MemoryDiagnoser]
public class ConfigBenchmarks
{
    private string designRoot = string.Empty;
    private string initRoot = string.Empty;
    private string designText = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        designText = File.ReadAllText(Path.Combine(FindRepositoryRoot(), "tests", "TestAssets", "DesignConfig", "config.yaml"));
        designRoot = Repository("design", designText);
        initRoot = Repository("init", DefaultConfigYaml.Text);
        if (ConfigLoader.Load(designRoot).Diagnostics.Count > 0 || ConfigLoader.Load(initRoot).Diagnostics.Count > 0)
        {
            throw new InvalidOperationException("The benchmark's configs must load without diagnostics.");
        }
    }

    [Benchmark]
    public TrackdownConfig LoadDesignConfig() => ConfigLoader.Load(designRoot).Config;

    [Benchmark]
    public TrackdownConfig LoadInitConfig() => ConfigLoader.Load(initRoot).Config;

    /// <summary>Without the file read: YAML, binding and regex compilation only.</summary>
    [Benchmark]
    public TrackdownConfig ParseDesignConfig() => ConfigLoader.Parse("config.yaml", designText).Config;

    [GlobalCleanup]
    public void Cleanup()
    {
        Directory.Delete(designRoot, true);
        Directory.Delete(initRoot, true);
    }

    private static string Repository(string name, string config)
    {
        var root = Path.Combine(Path.GetTempPath(), "trackdown-bench-config-" + name);
        Directory.CreateDirectory(Path.Combine(root, ".ai-trackdown"));
        File.WriteAllText(Path.Combine(root, ".ai-trackdown", "config.yaml"), config);
        return root;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Trackdown.Build.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (tests/TestAssets/DesignConfig is read).");
    }
}
