using Trackdown.Core.Parsing;

namespace Trackdown.Core.Editing;

/// <summary>
/// Surgical frontmatter edits: each edit replaces exactly the characters of one value (or inserts or removes whole
/// lines), so comments, key order, quoting, unknown keys, line endings and the body stay byte-for-byte. Edits are
/// applied in order, re-reading the text between them so every splice uses fresh positions, and a result that would
/// not parse is refused rather than returned.
/// </summary>
public sealed class FrontmatterEditor
{
    private readonly TaskDocument original;
    private readonly List<Func<FrontmatterLayout, TextSplice>> edits = new();

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
        => Add(layout => EntrySplices.SetScalar(layout, key, style => YamlScalarWriter.Write(value, style)));

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

        var rendered = YamlScalarWriter.Number(value);
        return Add(layout => NestedSplices.Set(layout, path, rendered));
    }

    /// <summary>Sets a list of strings: a block list keeps its indentation and dash; anything else becomes <c>[a, b]</c>.</summary>
    public FrontmatterEditor SetList(string key, IReadOnlyList<string> values)
    {
        var copy = values.ToArray();
        return Add(layout => EntrySplices.SetList(layout, key, copy));
    }

    /// <summary>Removes the key's lines (with a block value's lines); nothing when the key is absent.</summary>
    public FrontmatterEditor Remove(string key) => Add(layout => EntrySplices.Remove(layout, key));

    /// <summary>The whole new file text (frontmatter and untouched body), without a byte order mark.</summary>
    public string ToText()
    {
        var doc = original;
        foreach (var edit in edits)
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
                throw new InvalidOperationException($"Editing '{original.FilePath}' would leave frontmatter that does not parse ({why}); the file was not changed. Edit this field by hand.");
            }

            doc = next;
        }

        return doc.Text;
    }

    private FrontmatterEditor SetRendered(string key, string rendered)
        => Add(layout => EntrySplices.SetScalar(layout, key, _ => rendered));

    private FrontmatterEditor Add(Func<FrontmatterLayout, TextSplice> edit)
    {
        edits.Add(edit);
        return this;
    }
}
