using System.Text;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Editing;

/// <summary>
/// Sets a value below nested mappings (<c>token_usage.by_agent.claude</c>), creating the missing levels: block lines
/// indented like the mapping above them (two spaces when there is nothing to copy), or <c>{key: value}</c> inside a flow
/// mapping.
/// </summary>
internal static class NestedSplices
{
    private const int DefaultStep = 2;

    public static TextSplice Set(FrontmatterLayout layout, IReadOnlyList<string> path, string rendered)
        => Set(layout, layout.Root, path, 0, DefaultStep, rendered);

    private static TextSplice Set(FrontmatterLayout layout, YamlMapping mapping, IReadOnlyList<string> path, int depth, int step, string rendered)
    {
        var isLast = depth == path.Count - 1;
        if (mapping.Find(path[depth]) is not { } entry)
        {
            return AddEntry(layout, mapping, path, depth, step, rendered);
        }

        layout.RequireOwnText(entry);
        if (isLast)
        {
            return mapping.IsFlow ? ReplaceInFlow(layout, entry, rendered) : EntrySplices.ReplaceValue(layout, entry, rendered);
        }

        if (entry.Value is YamlMapping child && (child.IsFlow || child.Entries.Count > 0))
        {
            var childStep = child.IsFlow ? step : child.Entries[0].Key.Span.Start.Column - entry.Key.Span.Start.Column;
            return Set(layout, child, path, depth + 1, childStep > 0 ? childStep : DefaultStep, rendered);
        }

        // The entry is there but is not a mapping (empty, a scalar, a list): its value becomes the missing levels.
        if (mapping.IsFlow)
        {
            return ReplaceInFlow(layout, entry, FlowLevels(path, depth + 1, rendered));
        }

        var indent = new string(' ', entry.Key.Span.Start.Column - 1 + step);
        var levels = BlockLevels(path, depth + 1, indent, step, rendered, layout.NewLine);
        var from = entry.Value.Span.Length == 0 ? layout.LineEnd(layout.Colon(entry)) : layout.Colon(entry) + 1;
        return new TextSplice(from, layout.EntryLastLineEnd(entry), layout.NewLine + levels);
    }

    private static TextSplice AddEntry(FrontmatterLayout layout, YamlMapping mapping, IReadOnlyList<string> path, int depth, int step, string rendered)
    {
        if (mapping.IsFlow)
        {
            var text = YamlScalarWriter.Key(path[depth], inFlow: true) + ": " + (depth == path.Count - 1 ? rendered : FlowLevels(path, depth + 1, rendered));
            return InsertIntoFlow(layout, mapping, text);
        }

        if (depth == 0)
        {
            return EntrySplices.Append(layout, BlockLevels(path, 0, string.Empty, step, rendered, layout.NewLine));
        }

        // After the mapping's last line, at its keys' indentation.
        var levels = BlockLevels(path, depth, FrontmatterLayout.IndentOf(mapping), step, rendered, layout.NewLine);
        var at = layout.NextLineStart(layout.EntryLastLineEnd(mapping.Entries[mapping.Entries.Count - 1]));
        return TextSplice.Insert(at, levels + layout.NewLine);
    }

    private static TextSplice ReplaceInFlow(FrontmatterLayout layout, YamlEntry entry, string rendered)
        => entry.Value.Span.Length == 0
            ? EntrySplices.FillEmpty(layout, entry, rendered)
            : new TextSplice(entry.Value.Span.Start.Offset, entry.Value.Span.End.Offset, rendered);

    /// <summary>Adds <c>key: value</c> before the closing brace, with a comma when other entries precede it.</summary>
    private static TextSplice InsertIntoFlow(FrontmatterLayout layout, YamlMapping mapping, string entryText)
    {
        var text = layout.Text;
        var close = mapping.Span.End.Offset - 1;
        if (close <= mapping.Span.Start.Offset || text[close] != '}')
        {
            throw layout.Bug("a flow mapping does not end with '}'");
        }

        var at = close;
        while (char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        var separator = text[at - 1] switch
        {
            '{' => string.Empty,
            ',' => " ",
            _ => ", ",
        };
        return TextSplice.Insert(at, separator + entryText);
    }

    /// <summary><c>a:</c> / <c>  b: value</c> lines for <c>path[from..]</c>, joined by the document's line break.</summary>
    private static string BlockLevels(IReadOnlyList<string> path, int from, string indent, int step, string rendered, string newLine)
    {
        var lines = new StringBuilder();
        for (var level = from; level < path.Count; level++)
        {
            if (level > from)
            {
                lines.Append(newLine);
            }

            lines.Append(indent).Append(' ', step * (level - from)).Append(YamlScalarWriter.Key(path[level])).Append(':');
            if (level == path.Count - 1)
            {
                lines.Append(' ').Append(rendered);
            }
        }

        return lines.ToString();
    }

    /// <summary><c>{b: {c: value}}</c> for <c>path[from..]</c>.</summary>
    private static string FlowLevels(IReadOnlyList<string> path, int from, string rendered)
    {
        var text = rendered;
        for (var level = path.Count - 1; level >= from; level--)
        {
            text = "{" + YamlScalarWriter.Key(path[level], inFlow: true) + ": " + text + "}";
        }

        return text;
    }
}
