using Trackdown.Core.Parsing;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Editing;

/// <summary>
/// Where things are in one parsed task file, in character offsets: lines, an entry's colon, where its value ends.
/// Edits compute their splices from these, so the rules about line breaks and comments live in one place.
/// </summary>
internal sealed class FrontmatterLayout
{
    public FrontmatterLayout(TaskDocument document)
    {
        Document = document;
        Text = document.Text;
        Root = document.Frontmatter!;
    }

    public TaskDocument Document { get; }

    public string Text { get; }

    public YamlMapping Root { get; }

    public string NewLine => Document.NewLine;

    /// <summary>Where new top-level keys go: the start of the closing fence line.</summary>
    public int ClosingFence => Document.FrontmatterSpan.End.Offset;

    public int LineStart(int offset) => offset == 0 ? 0 : Text.LastIndexOf('\n', offset - 1) + 1;

    /// <summary>The end of the line's content: its '\n' or the '\r' of its '\r\n', or the end of the text.</summary>
    public int LineEnd(int offset) => TaskFileParser.LineEnd(Text, offset);

    /// <summary>The start of the line after the one holding <paramref name="offset"/>.</summary>
    public int NextLineStart(int offset) => TaskFileParser.NextLine(Text, LineEnd(offset));

    public int Colon(YamlEntry entry)
    {
        var colon = Text.IndexOf(':', entry.Key.Span.End.Offset);
        return colon < 0 ? throw Bug($"no ':' after key '{entry.Key.Value}'") : colon;
    }

    /// <summary>
    /// Where the entry's value text ends: just after the colon for an empty value. A block scalar's span runs to the
    /// start of the next entry, over any blank lines; those read as separators, so the value ends at its last visible
    /// character and the blank lines stay when the value is replaced or removed.
    /// </summary>
    public int ValueEnd(YamlEntry entry)
    {
        var span = entry.Value.Span;
        if (span.Length == 0)
        {
            return Colon(entry) + 1;
        }

        var end = span.End.Offset;
        if (Text[end - 1] == '\n')
        {
            while (end > span.Start.Offset && char.IsWhiteSpace(Text[end - 1]))
            {
                end--;
            }
        }

        return end;
    }

    /// <summary>The end of the entry's last line with text (a trailing comment there counts as the entry's).</summary>
    public int EntryLastLineEnd(YamlEntry entry) => LineEnd(Math.Max(ValueEnd(entry), entry.Key.Span.End.Offset));

    /// <summary>The indentation of a block mapping's keys.</summary>
    public static string IndentOf(YamlMapping mapping)
        => mapping.Entries.Count > 0 ? new string(' ', mapping.Entries[0].Key.Span.Start.Column - 1)
            : new string(' ', Math.Max(0, mapping.Span.Start.Column - 1));

    /// <summary>
    /// Refuses entries whose value is (or contains) an alias: the reader resolves <c>*name</c> to the anchored node, whose
    /// positions are those of the anchor elsewhere in the file, so a splice would land on the wrong key.
    /// </summary>
    public void RequireOwnText(YamlEntry entry)
    {
        var cursor = entry.Key.Span.End.Offset;
        if (!InOrder(entry.Value, ref cursor))
        {
            throw new InvalidOperationException($"'{entry.Key.Value}' in '{Document.FilePath}' uses a YAML alias (*name), which Trackdown does not rewrite. Write the value out in full, then run the command again.");
        }
    }

    public InvalidOperationException Bug(string what)
        => new($"Editing '{Document.FilePath}' failed: {what}. The file was not changed.");

    /// <summary>True when every node's text comes after the previous node's: what a tree without aliases looks like.</summary>
    private static bool InOrder(YamlValue value, ref int cursor)
    {
        if (value.Span.Start.Offset < cursor)
        {
            return false;
        }

        cursor = value.Span.Start.Offset;
        switch (value)
        {
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (!InOrder(entry.Key, ref cursor) || !InOrder(entry.Value, ref cursor))
                    {
                        return false;
                    }
                }

                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (!InOrder(item, ref cursor))
                    {
                        return false;
                    }
                }

                break;
        }

        cursor = Math.Max(cursor, value.Span.End.Offset);
        return true;
    }
}
