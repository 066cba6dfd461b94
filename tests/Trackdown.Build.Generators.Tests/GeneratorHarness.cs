using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Trackdown.Build.Generators.Tests;

/// <summary>An in-memory AdditionalText.</summary>
internal sealed class TestAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => source;
}

/// <summary>Options as MSBuild passes them: global build properties and per-file metadata.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> global, ISet<string> taskFiles) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => taskFiles.Contains(textFile.Path) ? new DictionaryOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.TrackdownItem"] = "true" }) : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = string.Empty;
            return false;
        }
    }
}

/// <summary>Runs the generator and analyzer the way the compiler does, on task files and code given as strings.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static string Task(string id, string type = "issue", string status = "todo", string title = "A task")
        => $"---\nid: {id}\ntype: {type}\ntitle: {title}\nstatus: {status}\n---\nBody\n";

    public static (TestAdditionalText[] Texts, TestOptionsProvider Options) Inputs(IEnumerable<(string Path, string Text)> files, IReadOnlyDictionary<string, string>? properties = null)
    {
        var texts = files.Select(f => new TestAdditionalText(f.Path, f.Text)).ToArray();
        var options = new TestOptionsProvider(properties ?? new Dictionary<string, string>(), new HashSet<string>(texts.Select(t => t.Path)));
        return (texts, options);
    }

    public static CSharpCompilation Compilation(string code = "") => CSharpCompilation.Create(
        "Sample",
        new[] { CSharpSyntaxTree.ParseText(code, ParseOptions, path: "Program.cs") },
        Basic.References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(TestAdditionalText[] texts, TestOptionsProvider options)
        => CSharpGeneratorDriver.Create(
            new[] { new TaskIdsGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns the output compilation, its generator diagnostics and the driver for re-runs.</summary>
    public static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriver Driver) Run(string code, params (string Path, string Text)[] files)
    {
        var (texts, options) = Inputs(files);
        var driver = Driver(texts, options).RunGeneratorsAndUpdateCompilation(Compilation(code), out var output, out var diagnostics);
        return (output, diagnostics, driver);
    }

    public static async Task<ImmutableArray<Diagnostic>> Analyze(string code, params (string Path, string Text)[] files)
    {
        var (texts, options) = Inputs(files);
        Driver(texts, options).RunGeneratorsAndUpdateCompilation(Compilation(code), out var output, out _);
        var analyzerOptions = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(texts), options);
        var withAnalyzers = output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TaskReferenceAnalyzer()), analyzerOptions);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }
}

/// <summary>Framework references for test compilations: the running runtime's own assemblies.</summary>
internal static class Basic
{
    public static readonly MetadataReference[] References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll" or "System.Collections.dll" or "System.Console.dll" or "System.Linq.dll")
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .ToArray();
}
