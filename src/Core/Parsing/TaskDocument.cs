using Trackdown.Core.Diagnostics;
using Trackdown.Core.Model;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Parsing;

/// <summary>
/// One task file as read from disk: the decoded text, where the frontmatter and body are, the YAML tree with positions,
/// and the problems found while reading. A document with <see cref="Frontmatter"/> null could not be parsed and must
/// never be rewritten.
/// </summary>
public sealed class TaskDocument
{
    private LineMap? lines;

    internal TaskDocument(string filePath, string text, bool hasBom, YamlMapping? frontmatter, SourceSpan frontmatterSpan, int bodyOffset, IReadOnlyList<TrackdownDiagnostic> diagnostics)
    {
        FilePath = filePath;
        Text = text;
        HasBom = hasBom;
        Frontmatter = frontmatter;
        FrontmatterSpan = frontmatterSpan;
        BodyOffset = bodyOffset;
        Diagnostics = diagnostics;
        NewLine = text.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
        Item = frontmatter is null ? null : TaskItem.From(this, frontmatter);
    }

    public string FilePath { get; }

    /// <summary>The decoded text, without the byte order mark.</summary>
    public string Text { get; }

    public bool HasBom { get; }

    /// <summary>The file's own line ending, kept by every edit.</summary>
    public string NewLine { get; }

    /// <summary>The YAML between the <c>---</c> fences; null when the file could not be parsed.</summary>
    public YamlMapping? Frontmatter { get; }

    /// <summary>The YAML text between the fences (the fences excluded).</summary>
    public SourceSpan FrontmatterSpan { get; }

    public int BodyOffset { get; }

    public string Body => BodyOffset >= Text.Length ? string.Empty : Text.Substring(BodyOffset);

    /// <summary>Problems found while reading the file (encoding, fences, YAML). Schema and graph checks come later.</summary>
    public IReadOnlyList<TrackdownDiagnostic> Diagnostics { get; }

    /// <summary>The typed view of the frontmatter, lenient: fields of the wrong type are null.</summary>
    public TaskItem? Item { get; }

    /// <summary>True when the file parsed cleanly and may be edited.</summary>
    public bool IsEditable => Frontmatter is not null && !Diagnostics.Any(d => d.IsError);

    public LineMap Lines => lines ??= new LineMap(Text);
}
