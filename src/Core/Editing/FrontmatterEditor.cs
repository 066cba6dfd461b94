using Trackdown.Core.Parsing;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Editing;

/// <summary>
/// Surgical frontmatter edits: each edit replaces exactly the characters of one value (or inserts or removes whole
/// lines), so comments, key order, quoting, unknown keys, line endings and the body stay byte-for-byte. Edits are
/// applied in order, re-reading the text between them so every splice uses fresh positions.
/// </summary>
public sealed class FrontmatterEditor
{
    private readonly TaskDocument original;
    private readonly List<Func<TaskDocument, string>> edits = new();

    public FrontmatterEditor(TaskDocument document)
    {
        if (!document.IsEditable)
        {
            throw new InvalidOperationException($"'{document.FilePath}' could not be parsed, so it is not rewritten. Fix the reported errors first.");
        }

        if (document.Frontmatter!.IsFlow)
        {
            throw new InvalidOperationException($"'{document.FilePath}' has a one-line {{…}} frontmatter; edit it by hand or write one key per line.");
        }

        original = document;
    }

    public FrontmatterEditor Set(string key, string value)
        => Add(doc => SetValue(doc, key, style => YamlScalarWriter.Write(value, style)));

    public FrontmatterEditor SetNumber(string key, long value) => Add(doc => SetValue(doc, key, _ => YamlScalarWriter.Number(value)));

    public FrontmatterEditor SetNumber(string key, double value) => Add(doc => SetValue(doc, key, _ => YamlScalarWriter.Number(value)));

    /// <summary>Sets a number below nested mappings, e.g. <c>token_usage.by_agent.claude</c>, creating missing levels.</summary>
    public FrontmatterEditor SetNumber(IReadOnlyList<string> path, long value)
        => Add(doc => SetNested(doc, doc.Frontmatter!, path, 0, YamlScalarWriter.Number(value)));

    public FrontmatterEditor SetList(string key, IReadOnlyList<string> values) => Add(doc => SetSequence(doc, key, values));

    public FrontmatterEditor Remove(string key) => Add(doc => RemoveKey(doc, key));

    /// <summary>The whole new file text (frontmatter and untouched body), without a byte order mark.</summary>
    public string ToText()
    {
        var doc = original;
        var text = doc.Text;
        foreach (var edit in edits)
        {
            text = edit(doc);
            doc = TaskFileParser.Parse(original.FilePath, text, original.HasBom);
            if (!doc.IsEditable)
            {
                throw new InvalidOperationException($"Editing '{original.FilePath}' produced frontmatter that does not parse; the file was not changed. This is a bug.");
            }
        }

        return text;
    }

    private FrontmatterEditor Add(Func<TaskDocument, string> edit)
    {
        edits.Add(edit);
        return this;
    }

    private static string SetValue(TaskDocument doc, string key, Func<YamlScalarStyle, string> render)
    {
        var entry = doc.Frontmatter!.Find(key);
        if (entry is null)
        {
            return Insert(doc, doc.FrontmatterSpan.End.Offset, key + ": " + render(YamlScalarStyle.Plain) + doc.NewLine);
        }

        if (entry.Value is YamlScalar { Style: YamlScalarStyle.Plain or YamlScalarStyle.SingleQuoted or YamlScalarStyle.DoubleQuoted } scalar && scalar.Span.Length > 0)
        {
            return Splice(doc.Text, scalar.Span.Start.Offset, scalar.Span.End.Offset, render(scalar.Style));
        }

        return ReplaceAfterColon(doc, entry, " " + render(YamlScalarStyle.Plain));
    }

    private static string SetSequence(TaskDocument doc, string key, IReadOnlyList<string> values)
    {
        var entry = doc.Frontmatter!.Find(key);
        string Flow() => "[" + string.Join(", ", values.Select(v => YamlScalarWriter.Write(v, inFlow: true))) + "]";
        if (entry is null)
        {
            return Insert(doc, doc.FrontmatterSpan.End.Offset, key + ": " + Flow() + doc.NewLine);
        }

        if (entry.Value is YamlSequence { IsFlow: false, Items.Count: > 0 } block && values.Count > 0)
        {
            // Keep the block style: same indentation and dash as the first item.
            var first = block.Items[0].Span.Start.Offset;
            var lineStart = doc.Text.LastIndexOf('\n', first - 1) + 1;
            var prefix = doc.Text.Substring(lineStart, first - lineStart);
            var lines = values.Select(v => doc.NewLine + prefix + YamlScalarWriter.Write(v));
            return ReplaceAfterColon(doc, entry, string.Concat(lines));
        }

        return ReplaceAfterColon(doc, entry, " " + Flow());
    }

    private static string SetNested(TaskDocument doc, YamlMapping mapping, IReadOnlyList<string> path, int depth, string rendered)
    {
        var key = path[depth];
        var entry = mapping.Find(key);
        if (depth == path.Count - 1)
        {
            if (entry?.Value is YamlScalar { Style: YamlScalarStyle.Plain } scalar && scalar.Span.Length > 0)
            {
                return Splice(doc.Text, scalar.Span.Start.Offset, scalar.Span.End.Offset, rendered);
            }

            if (entry is not null)
            {
                return ReplaceAfterColon(doc, entry, " " + rendered);
            }
        }

        if (entry?.Value is YamlMapping { IsFlow: false, Entries.Count: > 0 } child)
        {
            return SetNested(doc, child, path, depth + 1, rendered);
        }

        if (entry?.Value is YamlMapping { IsFlow: true })
        {
            throw new InvalidOperationException($"'{key}' in '{doc.FilePath}' is a one-line {{…}} mapping; write it one key per line to let Trackdown update it.");
        }

        // Build the missing levels as block lines, indented two spaces per level below this mapping.
        var indent = depth == 0 ? string.Empty : new string(' ', mapping.Entries[0].Key.Span.Start.Column - 1);
        if (entry is not null)
        {
            // 'key:' with an empty value: hang the missing levels under it.
            var below = Levels(path, depth + 1, indent + "  ", rendered, doc.NewLine);
            return ReplaceAfterColon(doc, entry, doc.NewLine + below.Substring(0, below.Length - doc.NewLine.Length));
        }

        var at = depth == 0 ? doc.FrontmatterSpan.End.Offset : EndOfLine(doc.Text, mapping.Span.End.Offset);
        return Insert(doc, at, Levels(path, depth, indent, rendered, doc.NewLine));
    }

    private static string Levels(IReadOnlyList<string> path, int from, string indent, string rendered, string newLine)
    {
        var lines = new System.Text.StringBuilder();
        for (var level = from; level < path.Count; level++)
        {
            lines.Append(indent).Append(' ', 2 * (level - from)).Append(path[level])
                .Append(level == path.Count - 1 ? ": " + rendered : ":").Append(newLine);
        }

        return lines.ToString();
    }

    private static string RemoveKey(TaskDocument doc, string key)
    {
        var entry = doc.Frontmatter!.Find(key);
        if (entry is null)
        {
            return doc.Text;
        }

        var start = doc.Text.LastIndexOf('\n', Math.Max(0, entry.Key.Span.Start.Offset - 1)) + 1;
        if (entry.Key.Span.Start.Offset == 0)
        {
            start = 0;
        }

        var end = EndOfLine(doc.Text, Math.Max(entry.Value.Span.End.Offset, entry.Key.Span.End.Offset));
        return Splice(doc.Text, start, end, string.Empty);
    }

    /// <summary>Replaces everything from just after the key's colon to the end of its value with <paramref name="replacement"/>.</summary>
    private static string ReplaceAfterColon(TaskDocument doc, YamlEntry entry, string replacement)
    {
        var colon = doc.Text.IndexOf(':', entry.Key.Span.End.Offset);
        var valueEnd = entry.Value.Span.Length == 0 ? colon + 1 : Math.Max(entry.Value.Span.End.Offset, colon + 1);
        if (entry.Value is YamlScalar { Style: YamlScalarStyle.Literal or YamlScalarStyle.Folded })
        {
            // A block scalar's span runs into the next line; keep that line break.
            valueEnd = TrimTrailingBreaks(doc.Text, colon + 1, valueEnd);
        }

        return Splice(doc.Text, colon + 1, valueEnd, replacement);
    }

    private static int TrimTrailingBreaks(string text, int start, int end)
    {
        while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    private static string Insert(TaskDocument doc, int offset, string text) => Splice(doc.Text, offset, offset, text);

    /// <summary>The offset just past the line break ending the line that holds <paramref name="offset"/>.</summary>
    private static int EndOfLine(string text, int offset)
    {
        if (offset > 0 && text[offset - 1] == '\n')
        {
            return offset; // the value already ended with its line break
        }

        var newline = text.IndexOf('\n', offset);
        return newline < 0 ? text.Length : newline + 1;
    }

    private static string Splice(string text, int start, int end, string replacement)
        => text.Substring(0, start) + replacement + text.Substring(end);
}
