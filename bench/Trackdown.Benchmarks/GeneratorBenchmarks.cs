using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Trackdown.Build.Generators;

namespace Trackdown.Benchmarks;

/// <summary>
/// The source generator over 10,000 task files as AdditionalFiles: a first run, and a re-run after one file was edited
/// (target: a small fraction of the first run, under 50 ms).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private ImmutableArray<AdditionalText> texts;
    private GeneratorDriver warm = null!;
    private CSharpCompilation compilation = null!;
    private TaskFileOptions options = null!;
    private AdditionalText edited = null!;

    [Params(10_000)]
    public int Tasks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = Path.Combine(Path.GetTempPath(), $"trackdown-bench-gen-{Environment.ProcessId}-{Tasks}");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        SyntheticRepository.Generate(root, Tasks, seed: 42);

        texts = Directory.EnumerateFiles(Path.Combine(root, "tasks"), "*.md", SearchOption.AllDirectories)
            .Select(path => (AdditionalText)new InMemoryText(path, File.ReadAllText(path)))
            .ToImmutableArray();
        Directory.Delete(root, recursive: true); // the texts are in memory now
        options = new TaskFileOptions();
        compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class C {}") }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        var first = texts[texts.Length / 2];
        edited = new InMemoryText(first.Path, first.GetText()!.ToString().Replace("status: todo", "status: done").Replace("status: in-progress", "status: done") + "\nedited\n");
    }

    [IterationSetup(Target = nameof(RerunAfterOneEdit))]
    public void Warm() => warm = NewDriver().RunGenerators(compilation);

    [Benchmark(Baseline = true)]
    public GeneratorDriver FirstRun() => NewDriver().RunGenerators(compilation);

    [Benchmark]
    public GeneratorDriver RerunAfterOneEdit() => warm.ReplaceAdditionalText(texts[texts.Length / 2], edited).RunGenerators(compilation);

    private GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(new[] { new TaskIdsGenerator().AsSourceGenerator() }, texts, (CSharpParseOptions)compilation.SyntaxTrees[0].Options, options);

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => source;
    }

    /// <summary>Every additional file is a task file, as the package's props mark them.</summary>
    private sealed class TaskFileOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Marked = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.TrackdownItem"] = "true" });

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Marked;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
