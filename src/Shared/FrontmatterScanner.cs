using System;
using System.Collections.Generic;

namespace Trackdown;

/// <summary>What the scanner read from one task file; positions are 0-based offsets into the text.</summary>
internal sealed class ScannedTask
{
    public string? Id { get; set; }

    public int IdOffset { get; set; } = -1;

    public int IdLength { get; set; }

    public int IdLine { get; set; }

    public int IdColumn { get; set; }

    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? Status { get; set; }

    public string? Epic { get; set; }

    public string? Parent { get; set; }
}

/// <summary>
/// A dependency-free line scanner for the frontmatter's top-level scalar keys, for the source generator (which may not use
/// YamlDotNet). It reads what Trackdown.Core's YAML parser reads for valid files: plain, single- and double-quoted scalars
/// on one line, trailing comments, LF or CRLF, a BOM. Anything it cannot read it leaves null; validation errors are the
/// MSBuild task's job, not the generator's.
/// </summary>
internal static class FrontmatterScanner
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "id", "type", "title", "status", "epic", "parent" };

    public static ScannedTask Scan(string text)
    {
        var result = new ScannedTask();
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 0;
        if (!IsFence(text, position, out position))
        {
            return result;
        }

        line++;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            var lineEnd = end > position && text[end - 1] == '\r' ? end - 1 : end;
            if (IsFence(text, position, out _) || (lineEnd - position >= 3 && string.CompareOrdinal(text, position, "...", 0, 3) == 0 && text.Substring(position + 3, lineEnd - position - 3).Trim().Length == 0))
            {
                break;
            }

            ReadLine(text, position, lineEnd, line, result);
            position = end + 1;
            line++;
        }

        return result;
    }

    private static void ReadLine(string text, int start, int end, int line, ScannedTask result)
    {
        if (end <= start || text[start] == ' ' || text[start] == '\t' || text[start] == '#')
        {
            return; // only top-level keys
        }

        var colon = text.IndexOf(':', start, end - start);
        if (colon < 0 || (colon + 1 < end && text[colon + 1] != ' ' && text[colon + 1] != '\t'))
        {
            return;
        }

        var key = text.Substring(start, colon - start).Trim();
        if (!Keys.Contains(key))
        {
            return;
        }

        var valueStart = colon + 1;
        while (valueStart < end && (text[valueStart] == ' ' || text[valueStart] == '\t'))
        {
            valueStart++;
        }

        if (!TryReadScalar(text, valueStart, end, out var value, out var length) || value.Length == 0)
        {
            return;
        }

        switch (key)
        {
            case "id":
                result.Id = value;
                result.IdOffset = valueStart;
                result.IdLength = length;
                result.IdLine = line;
                result.IdColumn = valueStart - start;
                break;
            case "type": result.Type = value; break;
            case "title": result.Title = value; break;
            case "status": result.Status = value; break;
            case "epic": result.Epic = value; break;
            default: result.Parent = value; break;
        }
    }

    private static bool TryReadScalar(string text, int start, int end, out string value, out int length)
    {
        value = string.Empty;
        length = 0;
        if (start >= end)
        {
            return false;
        }

        var first = text[start];
        if (first == '\'' || first == '"')
        {
            var builder = new System.Text.StringBuilder();
            for (var i = start + 1; i < end; i++)
            {
                var c = text[i];
                if (first == '\'' && c == '\'')
                {
                    if (i + 1 < end && text[i + 1] == '\'')
                    {
                        builder.Append('\'');
                        i++;
                        continue;
                    }

                    value = builder.ToString();
                    length = i + 1 - start;
                    return true;
                }

                if (first == '"' && c == '\\' && i + 1 < end)
                {
                    var next = text[++i];
                    builder.Append(next switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => next });
                    continue;
                }

                if (first == '"' && c == '"')
                {
                    value = builder.ToString();
                    length = i + 1 - start;
                    return true;
                }

                builder.Append(c);
            }

            return false; // unterminated: the task reports it
        }

        if ("[{|>&*!%@`".IndexOf(first) >= 0)
        {
            return false; // collections, block scalars, anchors: not a plain one-line value
        }

        var stop = end;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '#' && i > start && (text[i - 1] == ' ' || text[i - 1] == '\t'))
            {
                stop = i;
                break;
            }
        }

        value = text.Substring(start, stop - start).TrimEnd();
        length = value.Length;
        return !(value is "~" or "null" or "Null" or "NULL");
    }

    private static bool IsFence(string text, int start, out int next)
    {
        next = start;
        var end = text.IndexOf('\n', start);
        var lineEnd = end < 0 ? text.Length : end;
        if (lineEnd - start < 3 || string.CompareOrdinal(text, start, "---", 0, 3) != 0 || text.Substring(start + 3, lineEnd - start - 3).Trim().Length != 0)
        {
            return false;
        }

        next = end < 0 ? text.Length : end + 1;
        return true;
    }
}
