using Trackdown.Core.Parsing;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Editing;

/// <summary>
/// Surgical frontmatter edits: each edit replaces exactly the characters of one value (or inserts or removes whole
/// lines), so comments, key order, quoting, unknown keys, line endings and the body stay byte-for-byte. Edits are
/// applied in order, re-reading the text between them so every splice uses fresh positions. A result that would not
/// parse, or that would change another key, is refused rather than returned: YAML is context-sensitive (removing the
/// key after a block scalar can make the scalar swallow the blank lines that follow), so every edit is checked.
/// </summary>
public sealed class FrontmatterEditor
{
    private readonly TaskDocument original;
    private readonly List<(string Key, Func<FrontmatterLayout, TextSplice> Splice)> edits = new();

    public FrontmatterEditor(TaskDocument document)
    {
        if (!document.IsEditable)
        {
            throw new InvalidOperationException($"'{document.FilePath}' could not be parsed, so it is not rewritten. Fix the reported errors first.");
        }

        if (document.Frontmatter!.IsFlow)
        {
            throw new InvalidOperationException($"'{document.FilePath}' has a one-line {{…}} frontmatter, which Trackdown does not rewrite. Write one 'key: value' per line.");
        }

        original = document;
    }

    /// <summary>Sets a top-level string, keeping the value's quote style when that style can hold the new text.</summary>
    public FrontmatterEditor Set(string key, string value)
        => Add(key, layout => EntrySplices.SetScalar(layout, key, style => YamlScalarWriter.Write(value, style)));

    public FrontmatterEditor SetNumber(string key, long value) => SetRendered(key, YamlScalarWriter.Number(value));

    /// <summary>Sets a top-level number; only finite values can be written.</summary>
    public FrontmatterEditor SetNumber(string key, double value) => SetRendered(key, YamlScalarWriter.Number(value));

    /// <summary>Sets a number below nested mappings, e.g. <c>token_usage.by_agent.claude</c>, creating missing levels.</summary>
    public FrontmatterEditor SetNumber(IReadOnlyList<string> path, long value)
    {
        if (path.Count == 0)
        {
            throw new ArgumentException("The path names at least one key.", nameof(path));
        }

        var copy = path.ToArray();
        var rendered = YamlScalarWriter.Number(value);
        return Add(copy[0], layout => NestedSplices.Set(layout, copy, rendered));
    }

    /// <summary>Sets a list of strings: a block list keeps its indentation and dash; anything else becomes <c>[a, b]</c>.</summary>
    public FrontmatterEditor SetList(string key, IReadOnlyList<string> values)
    {
        var copy = values.ToArray();
        return Add(key, layout => EntrySplices.SetList(layout, key, copy));
    }

    /// <summary>Removes the key's lines (with a block value's lines); nothing when the key is absent.</summary>
    public FrontmatterEditor Remove(string key) => Add(key, layout => EntrySplices.Remove(layout, key));

    /// <summary>The whole new file text (frontmatter and untouched body), without a byte order mark.</summary>
    public string ToText()
    {
        var doc = original;
        foreach (var (key, edit) in edits)
        {
            var layout = new FrontmatterLayout(doc);
            var splice = edit(layout);
            if (splice.IsNone)
            {
                continue;
            }

            if (splice.Start < doc.FrontmatterSpan.Start.Offset || splice.End > layout.ClosingFence || splice.Start > splice.End)
            {
                throw layout.Bug("an edit reached outside the frontmatter");
            }

            var next = TaskFileParser.Parse(original.FilePath, splice.ApplyTo(doc.Text), original.HasBom);
            if (!next.IsEditable || next.Body != original.Body)
            {
                var problem = next.Diagnostics.FirstOrDefault(d => d.IsError);
                var why = problem is null ? "the body would change" : $"line {problem.Line}: {problem.Message}";
                throw new InvalidOperationException($"Editing '{key}' in '{original.FilePath}' would leave frontmatter that does not parse ({why}); the file was not changed. Edit this field by hand.");
            }

            if (ChangedBesides(key, doc.Frontmatter!, next.Frontmatter!) is { } other)
            {
                throw new InvalidOperationException($"Editing '{key}' in '{original.FilePath}' would also change '{other}' (YAML would read nearby lines differently, e.g. blank lines after a '|' or '>' block scalar become part of it). The file was not changed; edit it by hand.");
            }

            doc = next;
        }

        return doc.Text;
    }

    /// <summary>The first key other than <paramref name="edited"/> whose value differs, or that appeared or vanished.</summary>
    private static string? ChangedBesides(string edited, YamlMapping before, YamlMapping after)
    {
        var others = after.Entries.Where(e => e.Key.Value != edited).ToList();
        var index = 0;
        foreach (var entry in before.Entries.Where(e => e.Key.Value != edited))
        {
            if (index >= others.Count || others[index].Key.Value != entry.Key.Value || !YamlEquality.Same(entry.Value, others[index].Value))
            {
                return entry.Key.Value;
            }

            index++;
        }

        return index < others.Count ? others[index].Key.Value : null;
    }

    private FrontmatterEditor SetRendered(string key, string rendered)
        => Add(key, layout => EntrySplices.SetScalar(layout, key, _ => rendered));

    private FrontmatterEditor Add(string key, Func<FrontmatterLayout, TextSplice> splice)
    {
        edits.Add((key, splice));
        return this;
    }
}
