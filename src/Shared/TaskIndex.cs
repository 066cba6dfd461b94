using System;
using System.Collections.Generic;
using System.Text;

namespace Trackdown;

/// <summary>One task file in the index: what the scanner read from it, and where its id is (0-based).</summary>
internal sealed class TaskIndexEntry
{
    public TaskIndexEntry(string path, ScannedTask scanned)
    {
        Path = path;
        Scanned = scanned;
    }

    public string Path { get; }

    public ScannedTask Scanned { get; }
}

/// <summary>
/// The small file the package hands the source generator and analyzer instead of thousands of task files: one line per
/// task with what <see cref="FrontmatterScanner"/> read (id, title, type, status, epic, parent, the id's position) and one
/// line per key it could not read. The build rewrites it only when its content changes, so editing a task's body leaves
/// the compiler's inputs untouched and CoreCompile is skipped. Tab-separated; a field escapes backslash, tab, CR and LF
/// as \\, \t, \r, \n, and a missing value is \0.
/// </summary>
internal static class TaskIndex
{
    /// <summary>How the generator recognises the index among AdditionalFiles: by this file-name ending.</summary>
    public const string FileSuffix = ".trackdown-index";

    private const string Header = "# trackdown task index v1";

    public static bool IsIndexPath(string path) => path.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Scans one task file's text into an entry.</summary>
    public static TaskIndexEntry Entry(string path, string text) => new(path, FrontmatterScanner.Scan(text));

    /// <summary>The index text for <paramref name="entries"/>, in the given order (the caller sorts, for a stable file).</summary>
    public static string Write(IEnumerable<TaskIndexEntry> entries)
    {
        var builder = new StringBuilder().Append(Header).Append('\n');
        foreach (var entry in entries)
        {
            var s = entry.Scanned;
            Line(builder, "T", entry.Path, s.Id, s.Title, s.Type, s.Status, s.Epic, s.Parent, Number(s.IdOffset), Number(s.IdLength), Number(s.IdLine), Number(s.IdColumn));
            foreach (var p in s.Problems)
            {
                Line(builder, "P", entry.Path, p.Key, p.Reason, Number(p.Offset), Number(p.Length), Number(p.Line), Number(p.Column));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Reads an index back. Returns null (and the reason) when the text is not an index this version wrote; a reader then
    /// reports it rather than silently generating nothing.
    /// </summary>
    public static List<TaskIndexEntry>? Read(string text, out string? error)
    {
        error = null;
        var entries = new List<TaskIndexEntry>();
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != Header)
        {
            error = $"the first line is not '{Header}'";
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields[0] == "T" && fields.Length == 12 && TryNumbers(fields, 8, out var n))
            {
                var scanned = new ScannedTask
                {
                    Id = Unescape(fields[2]), Title = Unescape(fields[3]), Type = Unescape(fields[4]), Status = Unescape(fields[5]),
                    Epic = Unescape(fields[6]), Parent = Unescape(fields[7]), IdOffset = n[0], IdLength = n[1], IdLine = n[2], IdColumn = n[3],
                };
                entries.Add(new TaskIndexEntry(Unescape(fields[1]) ?? string.Empty, scanned));
            }
            else if (fields[0] == "P" && fields.Length == 8 && entries.Count > 0 && TryNumbers(fields, 4, out var p)
                     && entries[entries.Count - 1].Path == Unescape(fields[1]))
            {
                entries[entries.Count - 1].Scanned.Problems.Add(new ScannerProblem(Unescape(fields[2]) ?? string.Empty, Unescape(fields[3]) ?? string.Empty, p[0], p[1], p[2], p[3]));
            }
            else
            {
                error = $"line {i + 1} is not a task or problem line";
                return null;
            }
        }

        return entries;
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool TryNumbers(string[] fields, int start, out int[] numbers)
    {
        numbers = new int[4];
        for (var i = 0; i < 4; i++)
        {
            if (!int.TryParse(fields[start + i], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void Line(StringBuilder builder, string kind, string path, params string?[] fields)
    {
        builder.Append(kind).Append('\t');
        Escape(builder, path);
        foreach (var field in fields)
        {
            builder.Append('\t');
            Escape(builder, field);
        }

        builder.Append('\n');
    }

    private static void Escape(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("\\0");
            return;
        }

        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                default: builder.Append(c); break;
            }
        }
    }

    private static string? Unescape(string field)
    {
        if (field == "\\0")
        {
            return null;
        }

        if (field.IndexOf('\\') < 0)
        {
            return field;
        }

        var builder = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 1 < field.Length)
            {
                i++;
                builder.Append(field[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => field[i] });
            }
            else
            {
                builder.Append(field[i]);
            }
        }

        return builder.ToString();
    }
}
