using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Trackdown.Build.Generators;

/// <summary>
/// Emits <c>TaskIds</c> (one <c>const string</c> per task), <c>TaskCatalog</c>/<c>TaskInfo</c>, and the <c>[TaskRef]</c>
/// attribute, from the task files the package passes as AdditionalFiles (metadata <c>TrackdownItem=true</c>). Each file is
/// scanned on its own, so editing one task re-runs only that file's stage.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TaskIdsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static post => post.AddSource("Trackdown.TaskRefAttribute.g.cs", SourceText.From(Emitter.TaskRefAttribute, Encoding.UTF8)));

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsTaskFile(pair.Left, pair.Right))
            .Select(static (pair, ct) => Read(pair.Left, ct))
            .WithTrackingName(TrackingNames.Files);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // The package passes one index file instead of the task files (see TaskIndex): it changes only when an id, title,
        // type, status, epic or parent does, so a body edit leaves the compiler nothing to do.
        var indexed = context.AdditionalTextsProvider
            .Where(static file => TaskIndex.IsIndexPath(file.Path))
            .Select(static (file, ct) => ReadIndex(file, ct))
            .WithTrackingName(TrackingNames.Index);

        var all = files.Collect().Combine(indexed.Collect())
            .Select(static (input, ct) => new EquatableArray<TaskFileModel>(input.Left.Concat(input.Right.SelectMany(index => index))
                .OrderBy(m => m.Id ?? string.Empty, StringComparer.Ordinal).ThenBy(m => m.Path, StringComparer.Ordinal).ToArray()))
            .WithTrackingName(TrackingNames.All);

        context.RegisterSourceOutput(all.Combine(options), static (spc, input) => Emit(spc, input.Left, input.Right));
    }

    /// <summary>
    /// A task file is a <c>.md</c> AdditionalFile under <c>TrackdownTasksDirectory</c> (a compiler-visible property), or
    /// one carrying <c>TrackdownItem=true</c> metadata. The package uses the directory: per-file metadata would put a
    /// section per task into the generated .editorconfig, which for 10,000 tasks costs every build, even a no-op one.
    /// </summary>
    internal static bool IsTaskFile(AdditionalText file, AnalyzerConfigOptionsProvider provider)
    {
        if (provider.GlobalOptions.TryGetValue("build_property.TrackdownTasksDirectory", out var directory) && directory.Length > 0
            && file.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            && Normalize(file.Path).StartsWith(Normalize(directory).TrimEnd('/') + "/", StringComparison.Ordinal))
        {
            return true;
        }

        return provider.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles.TrackdownItem", out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static TaskFileModel Read(AdditionalText file, CancellationToken ct)
    {
        var source = file.GetText(ct);
        if (source is null)
        {
            return new TaskFileModel(file.Path, null, null, null, null, null, null, null);
        }

        return Model(file.Path, FrontmatterScanner.Scan(source.ToString()), (span, _, _) => source.Lines.GetLinePositionSpan(span));
    }

    /// <summary>
    /// The task files of an index. Positions come from the scanner's 0-based line and column (an id or an unreadable
    /// key never spans lines), so diagnostics point into the task file, not the index.
    /// </summary>
    internal static EquatableArray<TaskFileModel> ReadIndex(AdditionalText file, CancellationToken ct)
    {
        var text = file.GetText(ct)?.ToString();
        string? error = "it could not be read";
        var entries = text is null ? null : TaskIndex.Read(text, out error);
        if (entries is null)
        {
            var unreadable = new UnreadableKey($"The task index '{file.Path}' is damaged ({error}); rebuild to rewrite it", new LocationInfo(file.Path, new TextSpan(0, 0), new LinePositionSpan(default, default)));
            return new EquatableArray<TaskFileModel>(new[] { new TaskFileModel(file.Path, null, null, null, null, null, null, null, new EquatableArray<UnreadableKey>(new[] { unreadable })) });
        }

        return new EquatableArray<TaskFileModel>(entries.Select(entry => Model(entry.Path, entry.Scanned, static (_, line, column) => new LinePositionSpan(line, column))).ToArray());
    }

    /// <summary>A scanned file as a model; <paramref name="lines"/> maps (span, start line, start column) to the line span.</summary>
    private static TaskFileModel Model(string path, ScannedTask scanned, Func<TextSpan, LinePosition, LinePosition, LinePositionSpan> lines)
    {
        LinePositionSpan Lines(TextSpan span, int line, int column) => lines(span, new LinePosition(line, column), new LinePosition(line, column + span.Length));

        LocationInfo? location = null;
        if (scanned.Id is not null && scanned.IdOffset >= 0)
        {
            var span = new TextSpan(scanned.IdOffset, scanned.IdLength);
            location = new LocationInfo(path, span, Lines(span, scanned.IdLine, scanned.IdColumn));
        }

        var unreadable = scanned.Problems.Select(problem =>
        {
            var message = problem.Key.Length > 0 ? $"Key '{problem.Key}': {problem.Reason}" : char.ToUpperInvariant(problem.Reason[0]) + problem.Reason.Substring(1);
            var span = new TextSpan(problem.Offset, problem.Length);
            return new UnreadableKey(message, new LocationInfo(path, span, Lines(span, problem.Line, problem.Column)));
        }).ToArray();

        // An empty quoted id is no id: the MSBuild task reports it (TRK1002).
        var id = string.IsNullOrEmpty(scanned.Id) ? null : scanned.Id;
        return new TaskFileModel(path, id, scanned.Title, scanned.Type, scanned.Status, scanned.Epic, scanned.Parent, id is null ? null : location, new EquatableArray<UnreadableKey>(unreadable));
    }

    private static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
    {
        string Get(string name, string fallback) => global.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : fallback;
        return new GeneratorOptions(
            Get("TrackdownIdsNamespace", "Trackdown"),
            Get("TrackdownIdsClassName", "TaskIds"),
            string.Equals(Get("TrackdownIdsAccessibility", "internal"), "public", StringComparison.OrdinalIgnoreCase),
            !string.Equals(Get("TrackdownEmitTaskCatalog", "true"), "false", StringComparison.OrdinalIgnoreCase));
    }

    private static void Emit(SourceProductionContext context, EquatableArray<TaskFileModel> files, GeneratorOptions options)
    {
        var entries = new List<TaskEntry>();
        var taken = new Dictionary<string, TaskFileModel>(StringComparer.Ordinal);
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var unreadable in file.Unreadable)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.FrontmatterNotScanned, unreadable.Location.ToLocation(), unreadable.Message));
            }

            if (file.Id is null || !seenIds.Add(file.Id))
            {
                continue; // missing or duplicate ids are the MSBuild task's TRK1002/TRK1004
            }

            var identifier = Identifiers.For(file.Id);
            var location = file.IdLocation?.ToLocation() ?? Location.None;
            if (identifier is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.IdNotIdentifier, location, file.Id));
            }
            else if (taken.TryGetValue(identifier, out var first))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.IdentifierCollision, location, file.Id, first.Id, identifier));
            }
            else
            {
                taken.Add(identifier, file);
                entries.Add(new TaskEntry(identifier, file));
            }
        }

        context.AddSource("Trackdown.TaskIds.g.cs", SourceText.From(Emitter.TaskIds(entries, options), Encoding.UTF8));
    }
}

/// <summary>Stage names for incremental-generator tests.</summary>
internal static class TrackingNames
{
    public const string Files = nameof(Files);
    public const string Options = nameof(Options);
    public const string All = nameof(All);
    public const string Index = nameof(Index);
}
