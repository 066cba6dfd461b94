using Trackdown.Core.Config;
using Trackdown.Core.Parsing;
using Trackdown.Core.Repository;

namespace Trackdown.Cli.Output;

/// <summary>
/// The one-line stderr notes that keep read commands honest: a task file that did not parse is left out of the
/// results, and a broken config falls back to defaults; both are said, once, with the way to see the details.
/// </summary>
internal static class ProblemNotice
{
    private const string Details = "run 'dotnet trackdown validate' for details";
    private const int Named = 3;

    public static string? ForUnparsed(TrackdownWorkspace workspace, IReadOnlyList<TaskDocument> unparsed)
    {
        if (unparsed.Count == 0)
        {
            return null;
        }

        var names = string.Join(", ", unparsed.Take(Named).Select(d => workspace.Relative(d.FilePath)));
        var more = unparsed.Count > Named ? $" and {unparsed.Count - Named} more" : string.Empty;
        var files = unparsed.Count == 1 ? "1 task file" : $"{unparsed.Count} task files";
        return $"warning: {files} could not be read and {(unparsed.Count == 1 ? "is" : "are")} left out: {names}{more}; {Details}.";
    }

    public static string? ForConfig(TrackdownWorkspace workspace)
    {
        var problems = workspace.ConfigDiagnostics;
        if (problems.Count == 0)
        {
            return null;
        }

        var errors = problems.Count(d => d.IsError);
        var file = workspace.Relative(ConfigLoader.PathFor(workspace.Root));
        return errors > 0
            ? $"warning: {file} has {Count(errors, "error")}; the settings it could not read use their defaults; {Details}."
            : $"warning: {file} has {Count(problems.Count, "warning")} (unknown keys are ignored); {Details}.";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
