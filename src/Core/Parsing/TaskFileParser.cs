using System.Text;
using Trackdown.Core.Diagnostics;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Parsing;

/// <summary>
/// Turns the bytes of a task file into a <see cref="TaskDocument"/>. Never throws on bad content: every problem becomes a
/// located diagnostic (TRK1xxx) and the document is marked unparseable.
/// </summary>
public static class TaskFileParser
{
    /// <summary>Files larger than this are refused (TRK1008): task files are small by design.</summary>
    public const int MaxFileBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static TaskDocument ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                return Failed(path, DiagnosticIds.FileTooLarge, $"The file is {info.Length / (1024 * 1024.0):0.#} MB; task files are limited to {MaxFileBytes / (1024 * 1024)} MB. Move large content out of the task file and link to it.");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(path, DiagnosticIds.FileUnreadable, $"The file cannot be read: {ex.Message.TrimEnd('.')}. Check that it exists, is readable and is not a broken or looping symbolic link.");
        }

        return Parse(path, bytes);
    }

    public static TaskDocument Parse(string path, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return Failed(path, DiagnosticIds.EmptyFile, "The file is empty. Add a frontmatter block between '---' lines, or delete the file.");
        }

        if (bytes.Length > MaxFileBytes)
        {
            return Failed(path, DiagnosticIds.FileTooLarge, $"The file is {bytes.Length / (1024 * 1024.0):0.#} MB; task files are limited to {MaxFileBytes / (1024 * 1024)} MB. Move large content out of the task file and link to it.");
        }

        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var start = hasBom ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, start);
        string text;
        try
        {
            // The runtime's decoder is vectorised; the slow scan below only runs to locate a problem.
            text = nul < 0 ? StrictUtf8.GetString(bytes, start, bytes.Length - start) : throw new DecoderFallbackException();
        }
        catch (DecoderFallbackException)
        {
            var bad = Utf8Validator.FirstInvalid(bytes, start);
            var isBinary = nul >= 0 && nul < start + 8000;
            var prefix = StrictUtf8.GetString(bytes, start, Math.Max(bad, start) - start);
            var position = new LineMap(prefix).At(prefix.Length);
            var message = isBinary
                ? "The file is binary, not UTF-8 text. Task files must be UTF-8 markdown; remove or rename this file."
                : bytes[bad] == 0
                    ? "The file contains a NUL byte, which text never does. Remove it, or re-save the file as UTF-8 text."
                    : $"The file is not valid UTF-8: byte 0x{bytes[bad]:X2} cannot start or continue a character. Re-save the file as UTF-8.";
            return Failed(path, DiagnosticIds.NotUtf8Text, isBinary ? SourceSpan.FileStart : new SourceSpan(position, position), message);
        }

        return Parse(path, text, hasBom);
    }

    public static TaskDocument Parse(string path, string text, bool hasBom = false)
    {
        var diagnostics = new List<TrackdownDiagnostic>();
        if (hasBom)
        {
            diagnostics.Add(Diagnostic(path, DiagnosticIds.ByteOrderMark, DiagnosticSeverity.Warning, SourceSpan.FileStart, "The file starts with a UTF-8 byte order mark. It is accepted and kept on edit, but save the file as UTF-8 without BOM for other tools."));
        }

        if (text.Trim().Length == 0)
        {
            diagnostics.Add(Diagnostic(path, DiagnosticIds.EmptyFile, DiagnosticSeverity.Error, SourceSpan.FileStart, "The file is empty. Add a frontmatter block between '---' lines, or delete the file."));
            return new TaskDocument(path, text, hasBom, null, default, text.Length, diagnostics);
        }

        var firstLineEnd = LineEnd(text, 0);
        if (!IsFence(text, 0, firstLineEnd, "---"))
        {
            diagnostics.Add(Diagnostic(path, DiagnosticIds.MissingFrontmatter, DiagnosticSeverity.Error, SourceSpan.FileStart, "The file does not start with a '---' frontmatter line. Start the file with '---', the YAML fields, and a closing '---'."));
            return new TaskDocument(path, text, hasBom, null, default, 0, diagnostics);
        }

        var yamlStart = NextLine(text, firstLineEnd);
        var lineNumber = 2;
        var lineStart = yamlStart;
        var closing = -1;
        while (lineStart < text.Length)
        {
            var end = LineEnd(text, lineStart);
            if (IsFence(text, lineStart, end, "---") || IsFence(text, lineStart, end, "..."))
            {
                closing = lineStart;
                break;
            }

            var tab = LeadingTab(text, lineStart, end);
            if (tab >= 0)
            {
                var at = new SourcePosition(lineNumber, tab - lineStart + 1, tab);
                diagnostics.Add(Diagnostic(path, DiagnosticIds.TabIndentation, DiagnosticSeverity.Error, new SourceSpan(at, at), "The frontmatter is indented with a tab. YAML allows only spaces for indentation; replace the tab with spaces."));
            }

            lineStart = NextLine(text, end);
            lineNumber++;
        }

        var origin = new SourcePosition(2, 1, yamlStart);
        if (closing < 0)
        {
            var end = new LineMap(text).At(text.Length);
            diagnostics.Add(new TrackdownDiagnostic(DiagnosticIds.UnterminatedFrontmatter, DiagnosticSeverity.Error, path, 1, 1, end.Line, end.Column, "The frontmatter opened on line 1 is never closed. Add a line containing only '---' after the YAML fields."));
            return new TaskDocument(path, text, hasBom, null, default, text.Length, diagnostics);
        }

        var closingPosition = new SourcePosition(lineNumber, 1, closing);
        var yamlSpan = new SourceSpan(origin, closingPosition);
        var bodyOffset = NextLine(text, LineEnd(text, closing));
        if (diagnostics.Any(d => d.IsError))
        {
            return new TaskDocument(path, text, hasBom, null, yamlSpan, bodyOffset, diagnostics);
        }

        var problems = new List<YamlProblem>();
        var root = YamlReader.Read(text.Substring(yamlStart, closing - yamlStart), origin, problems);
        foreach (var problem in problems)
        {
            diagnostics.Add(Diagnostic(path, problem.Id, DiagnosticSeverity.Error, problem.Span, problem.Message));
        }

        YamlMapping? mapping = null;
        if (problems.Count == 0)
        {
            switch (root)
            {
                case null:
                    mapping = new YamlMapping(Array.Empty<YamlEntry>(), false, new SourceSpan(origin, origin));
                    break;
                case YamlScalar { IsNull: true }:
                    mapping = new YamlMapping(Array.Empty<YamlEntry>(), false, root.Span);
                    break;
                case YamlMapping m:
                    mapping = m;
                    break;
                default:
                    diagnostics.Add(Diagnostic(path, DiagnosticIds.SchemaViolation, DiagnosticSeverity.Error, root.Span, "The frontmatter is not a mapping of keys to values. Write one 'key: value' per line."));
                    break;
            }
        }

        return new TaskDocument(path, text, hasBom, mapping, yamlSpan, bodyOffset, diagnostics);
    }

    private static TaskDocument Failed(string path, string id, string message)
        => Failed(path, id, SourceSpan.FileStart, message);

    private static TaskDocument Failed(string path, string id, SourceSpan span, string message)
        => new(path, string.Empty, false, null, default, 0, new[] { Diagnostic(path, id, DiagnosticSeverity.Error, span, message) });

    private static TrackdownDiagnostic Diagnostic(string path, string id, DiagnosticSeverity severity, SourceSpan span, string message)
        => TrackdownDiagnostic.At(id, severity, path, span, message);

    /// <summary>The offset of the line's '\n' (or '\r' of '\r\n'), or the text length for the last line.</summary>
    internal static int LineEnd(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        if (newline < 0)
        {
            return text.Length;
        }

        return newline > start && text[newline - 1] == '\r' ? newline - 1 : newline;
    }

    internal static int NextLine(string text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return text.Length;
        }

        return text[lineEnd] == '\r' ? Math.Min(lineEnd + 2, text.Length) : lineEnd + 1;
    }

    private static bool IsFence(string text, int start, int end, string fence)
    {
        if (end - start < 3 || string.CompareOrdinal(text, start, fence, 0, 3) != 0)
        {
            return false;
        }

        for (var i = start + 3; i < end; i++)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }

    private static int LeadingTab(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            switch (text[i])
            {
                case ' ':
                    continue;
                case '\t':
                    return i;
                default:
                    return -1;
            }
        }

        return -1;
    }
}
