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

    /// <summary>
    /// Each place where the frontmatter holds one of the scanned keys (or may hold it) in a form the scanner cannot read,
    /// e.g. a block scalar, an alias or a value continued on the next line: Core may read a value there that the scanner
    /// misses.
    /// </summary>
    public List<ScannerProblem> Problems { get; } = new();
}

/// <summary>Where and why the scanner could not read a key; positions are 0-based.</summary>
internal sealed class ScannerProblem
{
    public ScannerProblem(string key, string reason, int offset, int length, int line, int column)
    {
        Key = key;
        Reason = reason;
        Offset = offset;
        Length = length;
        Line = line;
        Column = column;
    }

    /// <summary>The key, or an empty string when the scanner cannot tell which key a line holds.</summary>
    public string Key { get; }

    public string Reason { get; }

    public int Offset { get; }

    public int Length { get; }

    public int Line { get; }

    public int Column { get; }
}

/// <summary>
/// A dependency-free line scanner for the frontmatter's top-level scalar keys, for the source generator (which may not use
/// YamlDotNet). It reads what Trackdown.Core's YAML parser reads for valid files: plain, single- and double-quoted keys and
/// one-line scalars (with every YAML escape), anchors and tags before a key or value, trailing comments, LF or CRLF, a BOM.
/// Where one of its keys holds something it cannot read (an alias, a block scalar or collection, a value continued on the
/// next line, a frontmatter written as one flow mapping) it records it in <see cref="ScannedTask.Problems"/>, so the generator can
/// warn instead of silently leaving a task out. It works line by line without recursion, so no nesting can overflow the
/// compiler's stack. Validation errors are the MSBuild task's job, not the generator's.
/// </summary>
internal static class FrontmatterScanner
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "id", "type", "title", "status", "epic", "parent" };

    public static ScannedTask Scan(string text)
    {
        var result = new ScannedTask();
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (!IsFence(text, position, out position))
        {
            return result;
        }

        // Line starts and ends (without the line break) of the frontmatter, line numbers 1-based from the opening fence.
        var starts = new List<int>();
        var ends = new List<int>();
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

            starts.Add(position);
            ends.Add(lineEnd);
            position = end + 1;
        }

        var lines = new Lines(text, starts, ends);
        for (var i = 0; i < starts.Count; i++)
        {
            ReadLine(lines, i, result);
        }

        return result;
    }

    private static void ReadLine(Lines lines, int index, ScannedTask result)
    {
        var text = lines.Text;
        var start = lines.Starts[index];
        var end = lines.Ends[index];
        var line = index + 1;
        if (end <= start || text[start] == ' ' || text[start] == '\t' || text[start] == '#')
        {
            return; // only top-level keys
        }

        var first = text[start];
        if (first == '{' || first == '[' || (first == '?' && IsBlankOrEnd(text, start + 1, end)))
        {
            Report(result, string.Empty, "the frontmatter is written as a flow collection or with '?' keys", start, end, line, 0);
            return;
        }

        var position = SkipProperties(text, start, end);
        if (position >= end || text[position] == '*' || text[position] == '-' && IsBlankOrEnd(text, position + 1, end))
        {
            return; // an alias as a key, or a sequence: not a mapping of plain keys (Core reports the invalid ones)
        }

        string key;
        int colon;
        if (text[position] == '\'' || text[position] == '"')
        {
            var quoted = ReadQuoted(text, position, end, out key);
            if (quoted < 0)
            {
                return;
            }

            colon = SkipBlanks(text, quoted, end);
            if (colon >= end || text[colon] != ':' || !IsBlankOrEnd(text, colon + 1, end))
            {
                return;
            }
        }
        else
        {
            colon = FindKeyColon(text, position, end);
            if (colon < 0)
            {
                return;
            }

            key = text.Substring(position, colon - position).TrimEnd(' ', '\t');
        }

        if (!Keys.Contains(key))
        {
            return;
        }

        var valueStart = SkipProperties(text, SkipBlanks(text, colon + 1, end), end);
        if (valueStart >= end || (text[valueStart] == '#' && text[valueStart - 1] is ' ' or '\t'))
        {
            // No value on the key's line: a null, unless the value is a block node on the following lines.
            var next = lines.NextContentLine(index, skipComments: true);
            if (next >= 0 && (lines.IsIndented(next) || lines.StartsSequenceItem(next)))
            {
                Report(result, key, "its value is a block on the following lines", start, end, line, 0);
            }

            return;
        }

        var c = text[valueStart];
        string value;
        int length;
        if (c == '*')
        {
            Report(result, key, "its value is an alias ('*')", valueStart, end, line, valueStart - start);
            return;
        }

        if (c is '[' or '{' or '|' or '>')
        {
            Report(result, key, "its value is a collection or a block scalar", valueStart, end, line, valueStart - start);
            return;
        }

        if (c is '%' or '@' or '`')
        {
            return; // reserved indicators: not valid YAML, the task reports it
        }

        if (c is '\'' or '"')
        {
            var after = ReadQuoted(text, valueStart, end, out value);
            if (after < 0)
            {
                Report(result, key, "its quoted value continues on the next line", valueStart, end, line, valueStart - start);
                return;
            }

            length = after - valueStart;
        }
        else
        {
            var stop = end;
            for (var i = valueStart; i < end; i++)
            {
                if (text[i] == '#' && i > valueStart && (text[i - 1] == ' ' || text[i - 1] == '\t'))
                {
                    stop = i;
                    break;
                }
            }

            value = text.Substring(valueStart, stop - valueStart).TrimEnd(' ', '\t');
            length = value.Length;
            var next = stop == end ? lines.NextContentLine(index, skipComments: false) : -1;
            if (next >= 0 && lines.IsIndented(next) && !lines.IsComment(next))
            {
                Report(result, key, "its value continues on the next line", valueStart, end, line, valueStart - start);
                return;
            }

            if (value is "" or "~" or "null" or "Null" or "NULL")
            {
                return;
            }
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

    private static void Report(ScannedTask result, string key, string reason, int offset, int end, int line, int column)
    {
        result.Problems.Add(new ScannerProblem(key, reason, offset, end - offset, line, column));
    }

    /// <summary>The ':' that ends a plain key: followed by a blank or the line end, and before any comment.</summary>
    private static int FindKeyColon(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '#' && i > start && (text[i - 1] == ' ' || text[i - 1] == '\t'))
            {
                return -1;
            }

            if (c == ':' && IsBlankOrEnd(text, i + 1, end))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Skips anchors ('&amp;name') and tags ('!tag', '!!str', '!&lt;uri&gt;') and the blanks after them.</summary>
    private static int SkipProperties(string text, int start, int end)
    {
        var position = start;
        while (position < end && (text[position] == '&' || text[position] == '!'))
        {
            while (position < end && text[position] != ' ' && text[position] != '\t')
            {
                position++;
            }

            position = SkipBlanks(text, position, end);
        }

        return position;
    }

    private static int SkipBlanks(string text, int start, int end)
    {
        while (start < end && (text[start] == ' ' || text[start] == '\t'))
        {
            start++;
        }

        return start;
    }

    private static bool IsBlankOrEnd(string text, int at, int end) => at >= end || text[at] == ' ' || text[at] == '\t';

    /// <summary>Reads a single- or double-quoted scalar that closes on this line; returns the index after it, or -1.</summary>
    private static int ReadQuoted(string text, int start, int end, out string value)
    {
        value = string.Empty;
        var quote = text[start];
        var builder = new System.Text.StringBuilder();
        for (var i = start + 1; i < end; i++)
        {
            var c = text[i];
            if (quote == '\'' && c == '\'')
            {
                if (i + 1 < end && text[i + 1] == '\'')
                {
                    builder.Append('\'');
                    i++;
                    continue;
                }

                value = builder.ToString();
                return i + 1;
            }

            if (quote == '"' && c == '\\')
            {
                if (i + 1 >= end || !AppendEscape(text, ref i, end, builder))
                {
                    return -1;
                }

                continue;
            }

            if (quote == '"' && c == '"')
            {
                value = builder.ToString();
                return i + 1;
            }

            builder.Append(c);
        }

        return -1; // not closed on this line
    }

    /// <summary>YAML 1.2 double-quoted escapes; <paramref name="i"/> is at the backslash and ends at the escape's last character.</summary>
    private static bool AppendEscape(string text, ref int i, int end, System.Text.StringBuilder builder)
    {
        var next = text[++i];
        int digits;
        switch (next)
        {
            case '0': builder.Append('\0'); return true;
            case 'a': builder.Append('\a'); return true;
            case 'b': builder.Append('\b'); return true;
            case 't': case '\t': builder.Append('\t'); return true;
            case 'n': builder.Append('\n'); return true;
            case 'v': builder.Append('\v'); return true;
            case 'f': builder.Append('\f'); return true;
            case 'r': builder.Append('\r'); return true;
            case 'e': builder.Append('\u001b'); return true;
            case ' ': case '"': case '/': case '\\': builder.Append(next); return true;
            case 'N': builder.Append('\u0085'); return true;
            case '_': builder.Append('\u00a0'); return true;
            case 'L': builder.Append('\u2028'); return true;
            case 'P': builder.Append('\u2029'); return true;
            case 'x': digits = 2; break;
            case 'u': digits = 4; break;
            case 'U': digits = 8; break;
            default: return false; // an invalid escape: Core reports the YAML error
        }

        if (i + digits >= end)
        {
            return false;
        }

        var code = 0;
        for (var d = 1; d <= digits; d++)
        {
            var h = text[i + d];
            var v = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            if (v < 0)
            {
                return false;
            }

            code = (code * 16) + v;
        }

        if (code > 0x10FFFF)
        {
            return false;
        }

        builder.Append(char.ConvertFromUtf32(code >= 0xD800 && code <= 0xDFFF ? 0xFFFD : code));
        i += digits;
        return true;
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

    /// <summary>The frontmatter's lines, for looking ahead at what follows a key.</summary>
    private sealed class Lines
    {
        public Lines(string text, List<int> starts, List<int> ends)
        {
            Text = text;
            Starts = starts;
            Ends = ends;
        }

        public string Text { get; }

        public List<int> Starts { get; }

        public List<int> Ends { get; }

        /// <summary>The next line after <paramref name="index"/> that is not blank (and, if asked, not a comment), or -1.</summary>
        public int NextContentLine(int index, bool skipComments)
        {
            for (var i = index + 1; i < Starts.Count; i++)
            {
                var first = SkipBlanks(Text, Starts[i], Ends[i]);
                if (first < Ends[i] && !(skipComments && Text[first] == '#'))
                {
                    return i;
                }
            }

            return -1;
        }

        public bool IsIndented(int index) => Text[Starts[index]] is ' ' or '\t';

        public bool IsComment(int index)
        {
            var first = SkipBlanks(Text, Starts[index], Ends[index]);
            return first < Ends[index] && Text[first] == '#';
        }

        public bool StartsSequenceItem(int index) => Text[Starts[index]] == '-' && IsBlankOrEnd(Text, Starts[index] + 1, Ends[index]);
    }
}
