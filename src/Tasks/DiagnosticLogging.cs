using Microsoft.Build.Utilities;
using Trackdown.Core.Diagnostics;

namespace Trackdown.Build.Tasks;

/// <summary>
/// Maps Core's diagnostics to MSBuild log calls, always with code, help link, file, line and column. The end position
/// is left out so MSBuild prints <c>file(line,col)</c>, exactly the line the CLI prints.
/// </summary>
internal static class DiagnosticLogging
{
    public static void Log(this TaskLoggingHelper log, TrackdownDiagnostic d)
    {
        switch (d.Severity)
        {
            case DiagnosticSeverity.Error:
                log.LogError(null, d.Id, d.Id, d.HelpLink, d.FilePath, d.Line, d.Column, 0, 0, d.Message);
                break;
            case DiagnosticSeverity.Warning:
                log.LogWarning(null, d.Id, d.Id, d.HelpLink, d.FilePath, d.Line, d.Column, 0, 0, d.Message);
                break;
            default:
                log.LogMessage(null, d.Id, d.Id, d.FilePath, d.Line, d.Column, 0, 0, Microsoft.Build.Framework.MessageImportance.Normal, d.Message);
                break;
        }
    }

    public static void LogAll(this TaskLoggingHelper log, IEnumerable<TrackdownDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            log.Log(d);
        }
    }
}
