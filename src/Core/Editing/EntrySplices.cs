using Trackdown.Core.Yaml;

namespace Trackdown.Core.Editing;

/// <summary>
/// The splices behind each top-level edit. Each one touches only the edited entry's characters (or adds lines before
/// the closing fence), so everything else in the file keeps its bytes.
/// </summary>
internal static class EntrySplices
{
    public static TextSplice SetScalar(FrontmatterLayout layout, string key, Func<YamlScalarStyle, string> render)
    {
        if (layout.Root.Find(key) is not { } entry)
        {
            return Append(layout, YamlScalarWriter.Key(key) + ": " + render(YamlScalarStyle.Plain));
        }

        var style = entry.Value is YamlScalar { Style: YamlScalarStyle.Plain or YamlScalarStyle.SingleQuoted or YamlScalarStyle.DoubleQuoted } scalar
            ? scalar.Style
            : YamlScalarStyle.Plain;
        return ReplaceValue(layout, entry, render(style));
    }

    public static TextSplice SetList(FrontmatterLayout layout, string key, IReadOnlyList<string> values)
    {
        var flow = "[" + string.Join(", ", values.Select(v => YamlScalarWriter.Write(v, inFlow: true))) + "]";
        if (layout.Root.Find(key) is not { } entry)
        {
            return Append(layout, YamlScalarWriter.Key(key) + ": " + flow);
        }

        if (entry.Value is not YamlSequence { IsFlow: false, Items.Count: > 0 } block || values.Count == 0)
        {
            return ReplaceValue(layout, entry, flow);
        }

        // Keep the block style: rewrite the item lines with the first item's indentation and dash, from that item's
        // line to the end of the last item's line. Comments above the first item stay; those on the old items go with them.
        layout.RequireOwnText(entry);
        var first = block.Items[0].Span.Start.Offset;
        var lineStart = layout.LineStart(first);
        var prefix = layout.Text.Substring(lineStart, first - lineStart);
        if (prefix.Trim() != "-")
        {
            prefix = new string(' ', prefix.Length - prefix.TrimStart(' ').Length) + "- ";
        }

        var items = values.Select(v => prefix + YamlScalarWriter.Write(v));
        return new TextSplice(lineStart, layout.EntryLastLineEnd(entry), string.Join(layout.NewLine, items));
    }

    public static TextSplice Remove(FrontmatterLayout layout, string key)
    {
        if (layout.Root.Find(key) is not { } entry)
        {
            return TextSplice.None;
        }

        layout.RequireOwnText(entry);
        var start = layout.LineStart(entry.Key.Span.Start.Offset);
        return new TextSplice(start, layout.NextLineStart(layout.EntryLastLineEnd(entry)), string.Empty);
    }

    /// <summary>
    /// Gives an existing entry a new one-line value. A scalar or flow collection is replaced character for character (a
    /// trailing comment stays); a block scalar or block collection is replaced from the key's line on, keeping a comment
    /// that was on the key's line.
    /// </summary>
    public static TextSplice ReplaceValue(FrontmatterLayout layout, YamlEntry entry, string rendered)
    {
        layout.RequireOwnText(entry);
        var value = entry.Value;
        if (value.Span.Length == 0)
        {
            return FillEmpty(layout, entry, rendered);
        }

        if (value is YamlScalar { Style: not (YamlScalarStyle.Literal or YamlScalarStyle.Folded) } or YamlSequence { IsFlow: true } or YamlMapping { IsFlow: true })
        {
            return new TextSplice(value.Span.Start.Offset, value.Span.End.Offset, rendered);
        }

        if (value is YamlScalar)
        {
            // '|' or '>' sits on the key's line; its text runs below.
            return new TextSplice(value.Span.Start.Offset, layout.EntryLastLineEnd(entry), rendered);
        }

        // A block collection starts on a later line. Keep a comment on the key's line, but not an anchor or tag.
        var colon = layout.Colon(entry);
        var rest = layout.Text.Substring(colon + 1, layout.LineEnd(colon) - colon - 1);
        var keep = rest.Trim().Length == 0 || rest.TrimStart().StartsWith("#", StringComparison.Ordinal) ? rest : string.Empty;
        return new TextSplice(colon + 1, layout.EntryLastLineEnd(entry), " " + rendered + keep);
    }

    /// <summary>Writes a value where there is none (<c>key:</c>), before any comment on that line.</summary>
    public static TextSplice FillEmpty(FrontmatterLayout layout, YamlEntry entry, string rendered)
    {
        var colon = layout.Colon(entry);
        var at = entry.Value.Span.Start.Offset;
        if (at <= colon || at > layout.LineEnd(colon))
        {
            at = colon + 1;
        }

        var separator = char.IsWhiteSpace(layout.Text[at - 1]) ? string.Empty : " ";
        return TextSplice.Insert(at, separator + rendered);
    }

    /// <summary>
    /// Adds top-level lines just before the closing fence, at the indentation the keys already use. A frontmatter that is
    /// only a null (<c>~</c>) has that null replaced, since a key after it would not parse.
    /// </summary>
    public static TextSplice Append(FrontmatterLayout layout, string lines)
    {
        var root = layout.Root;
        var indent = FrontmatterLayout.IndentOf(root);
        if (root.Entries.Count == 0 && root.Span.Length > 0)
        {
            return new TextSplice(root.Span.Start.Offset, root.Span.End.Offset, IndentLines(lines, indent, layout.NewLine).TrimStart(' '));
        }

        return TextSplice.Insert(layout.ClosingFence, IndentLines(lines, indent, layout.NewLine) + layout.NewLine);
    }

    /// <summary>Prefixes each line of <paramref name="lines"/> (joined by the document's line break) with <paramref name="indent"/>.</summary>
    public static string IndentLines(string lines, string indent, string newLine)
        => indent.Length == 0 ? lines : indent + lines.Replace(newLine, newLine + indent);
}
