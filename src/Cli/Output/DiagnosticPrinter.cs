using Trackdown.Core.Diagnostics;
using Trackdown.Core.Repository;

namespace Trackdown.Cli.Output;

/// <summary>Prints diagnostics exactly as the build does: <c>file(line,col): error TRKnnnn: message</c>, on stderr.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(Terminal terminal, TrackdownWorkspace workspace, IEnumerable<TrackdownDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            terminal.Error.WriteLine(diagnostic.Format(workspace.Root));
        }
    }

    public static object ToJson(TrackdownDiagnostic d, TrackdownWorkspace workspace) => new
    {
        id = d.Id,
        severity = d.Severity.ToString().ToLowerInvariant(),
        file = workspace.Relative(d.FilePath),
        line = d.Line,
        column = d.Column,
        endLine = d.EndLine,
        endColumn = d.EndColumn,
        message = d.Message,
        helpLink = d.HelpLink,
    };
}
