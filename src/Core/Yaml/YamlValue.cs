using Trackdown.Core.Diagnostics;

namespace Trackdown.Core.Yaml;

public enum YamlScalarStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
}

/// <summary>
/// A small, position-carrying YAML tree. Built from YamlDotNet's event parser so every key and value keeps its exact
/// span in the file: diagnostics point at it and the surgical editor replaces exactly those characters.
/// </summary>
public abstract class YamlValue
{
    protected YamlValue(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }
}

public sealed class YamlScalar : YamlValue
{
    public YamlScalar(string value, YamlScalarStyle style, SourceSpan span)
        : base(span)
    {
        Value = value;
        Style = style;
    }

    public string Value { get; }

    public YamlScalarStyle Style { get; }

    /// <summary>YAML 1.2 core schema null: an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => Style == YamlScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string ToString() => Value;
}

public sealed class YamlSequence : YamlValue
{
    public YamlSequence(IReadOnlyList<YamlValue> items, bool isFlow, SourceSpan span)
        : base(span)
    {
        Items = items;
        IsFlow = isFlow;
    }

    public IReadOnlyList<YamlValue> Items { get; }

    public bool IsFlow { get; }
}

public sealed class YamlEntry
{
    public YamlEntry(YamlScalar key, YamlValue value)
    {
        Key = key;
        Value = value;
    }

    public YamlScalar Key { get; }

    public YamlValue Value { get; }
}

public sealed class YamlMapping : YamlValue
{
    public YamlMapping(IReadOnlyList<YamlEntry> entries, bool isFlow, SourceSpan span)
        : base(span)
    {
        Entries = entries;
        IsFlow = isFlow;
    }

    public IReadOnlyList<YamlEntry> Entries { get; }

    public bool IsFlow { get; }

    public YamlEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    public YamlValue? this[string key] => Find(key)?.Value;
}
