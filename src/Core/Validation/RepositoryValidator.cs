using Trackdown.Core.Config;
using Trackdown.Core.Diagnostics;
using Trackdown.Core.Repository;
using Trackdown.Core.Schema;

namespace Trackdown.Core.Validation;

/// <summary>
/// Everything the build and <c>trackdown validate</c> check, in one place so both print the same lines: configuration,
/// reading each file, the schema, then the graph. Results are sorted by file, line and column.
/// </summary>
public static class RepositoryValidator
{
    public static IReadOnlyList<TrackdownDiagnostic> Validate(TaskSet set, TrackdownConfig config, IReadOnlyList<TrackdownDiagnostic> configDiagnostics)
    {
        var perFile = new IReadOnlyList<TrackdownDiagnostic>[set.Documents.Count];
        Parallel.For(0, set.Documents.Count, i =>
        {
            var doc = set.Documents[i];
            perFile[i] = doc.Frontmatter is null
                ? doc.Diagnostics
                : doc.Diagnostics.Concat(TaskSchemaValidator.Validate(doc)).ToList();
        });

        var all = new List<TrackdownDiagnostic>(configDiagnostics);
        foreach (var diagnostics in perFile)
        {
            all.AddRange(diagnostics);
        }

        all.AddRange(GraphValidator.Validate(set, config.Workflows.Default.Statuses, config.Ids));
        all.Sort(DiagnosticOrder.Instance);
        return all;
    }

    public static IReadOnlyList<TrackdownDiagnostic> Validate(TrackdownWorkspace workspace, TaskSet set)
        => Validate(set, workspace.Config, workspace.ConfigDiagnostics);
}

/// <summary>File, then line, then column, then id: the order a reader scans a build log in.</summary>
public sealed class DiagnosticOrder : IComparer<TrackdownDiagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(TrackdownDiagnostic? x, TrackdownDiagnostic? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var c = string.CompareOrdinal(x.FilePath, y.FilePath);
        if (c == 0) { c = x.Line.CompareTo(y.Line); }
        if (c == 0) { c = x.Column.CompareTo(y.Column); }
        if (c == 0) { c = string.CompareOrdinal(x.Id, y.Id); }
        return c == 0 ? string.CompareOrdinal(x.Message, y.Message) : c;
    }
}
