namespace Trackdown.Core.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// One located problem. Lines and columns are 1-based; the end is exclusive of nothing and may equal the start.
/// Core never references MSBuild: the tasks and the CLI both render these records.
/// </summary>
public sealed record TrackdownDiagnostic(
    string Id,
    DiagnosticSeverity Severity,
    string FilePath,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Message)
{
    public static TrackdownDiagnostic At(string id, DiagnosticSeverity severity, string filePath, SourceSpan span, string message)
        => new(id, severity, filePath, span.Start.Line, span.Start.Column, span.End.Line, span.End.Column, message);

    public string HelpLink => DiagnosticIds.HelpLink(Id);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>MSBuild's canonical form: <c>file(line,col): error TRK1002: message</c>.</summary>
    public string Format(string? relativeTo = null)
    {
        var path = FilePath;
        if (relativeTo is not null && path.Length > 0)
        {
            path = PathUtil.Relative(relativeTo, path);
        }

        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{path}({Line},{Column}): {severity} {Id}: {Message}";
    }
}
