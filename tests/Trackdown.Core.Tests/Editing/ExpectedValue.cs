using System.Globalization;
using System.Text.RegularExpressions;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Tests.Editing;

/// <summary>What a frontmatter value must read back as after a sequence of edits.</summary>
internal abstract record ExpectedValue
{
    public abstract void Verify(YamlValue? actual, string where);
}

/// <summary>A value no edit touched: same text, same quoting, same shape.</summary>
internal sealed record UntouchedValue(YamlValue Original) : ExpectedValue
{
    public override void Verify(YamlValue? actual, string where)
    {
        Assert.IsNotNull(actual, where);
        Assert.AreEqual(Canonical(Original), Canonical(actual), where);
    }

    private static string Canonical(YamlValue value) => value switch
    {
        YamlScalar s => s.Style + ":" + s.Value,
        YamlSequence q => (q.IsFlow ? "f[" : "b[") + string.Join(",", q.Items.Select(Canonical)) + "]",
        YamlMapping m => (m.IsFlow ? "f{" : "b{") + string.Join(",", m.Entries.Select(e => e.Key.Value + ":" + Canonical(e.Value))) + "}",
        _ => "?",
    };
}

/// <summary>A string set by an edit: reads back as exactly that string, never as a null, boolean or number.</summary>
internal sealed record TextValue(string Value) : ExpectedValue
{
    private static readonly Regex Number = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    public override void Verify(YamlValue? actual, string where)
    {
        var scalar = actual as YamlScalar;
        Assert.IsNotNull(scalar, $"{where}: not a scalar");
        Assert.AreEqual(Value, scalar.Value, where);
        if (scalar.Style == YamlScalarStyle.Plain)
        {
            Assert.IsFalse(scalar.IsNull || Value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE" || Number.IsMatch(Value), $"{where}: '{Value}' is plain but reads as a non-string");
        }
    }
}

/// <summary>A number set by an edit: a plain scalar holding exactly that number.</summary>
internal sealed record NumberValue(double Value) : ExpectedValue
{
    public override void Verify(YamlValue? actual, string where)
    {
        var scalar = actual as YamlScalar;
        Assert.IsNotNull(scalar, $"{where}: not a scalar");
        Assert.AreEqual(YamlScalarStyle.Plain, scalar.Style, where);
        Assert.AreEqual(Value, double.Parse(scalar.Value, CultureInfo.InvariantCulture), where);
    }
}

/// <summary>An integer set by an edit: a plain scalar holding exactly that integer.</summary>
internal sealed record IntegerValue(long Value) : ExpectedValue
{
    public override void Verify(YamlValue? actual, string where)
    {
        var scalar = actual as YamlScalar;
        Assert.IsNotNull(scalar, $"{where}: not a scalar");
        Assert.AreEqual(YamlScalarStyle.Plain, scalar.Style, where);
        Assert.AreEqual(Value, long.Parse(scalar.Value, CultureInfo.InvariantCulture), where);
    }
}

internal sealed record ListValue(IReadOnlyList<string> Items) : ExpectedValue
{
    public override void Verify(YamlValue? actual, string where)
    {
        var sequence = actual as YamlSequence;
        Assert.IsNotNull(sequence, $"{where}: not a list");
        Assert.HasCount(Items.Count, sequence.Items, where);
        for (var i = 0; i < Items.Count; i++)
        {
            new TextValue(Items[i]).Verify(sequence.Items[i], $"{where}[{i}]");
        }
    }
}

/// <summary>A mapping an edit changed: its keys in this order, each with its expected value.</summary>
internal sealed record MappingValue(List<KeyValuePair<string, ExpectedValue>> Entries) : ExpectedValue
{
    public static MappingValue From(YamlMapping mapping)
        => new(mapping.Entries.Select(e => new KeyValuePair<string, ExpectedValue>(e.Key.Value, new UntouchedValue(e.Value))).ToList());

    public override void Verify(YamlValue? actual, string where)
    {
        var mapping = actual as YamlMapping;
        Assert.IsNotNull(mapping, $"{where}: not a mapping");
        CollectionAssert.AreEqual(Entries.Select(e => e.Key).ToList(), mapping.Entries.Select(e => e.Key.Value).ToList(), $"{where}: keys or their order");
        foreach (var entry in Entries)
        {
            entry.Value.Verify(mapping[entry.Key], where.Length == 0 ? entry.Key : where + "." + entry.Key);
        }
    }

    public void Set(string key, ExpectedValue value)
    {
        var at = Entries.FindIndex(e => e.Key == key);
        if (at >= 0)
        {
            Entries[at] = new(key, value);
        }
        else
        {
            Entries.Add(new(key, value));
        }
    }

    public void Remove(string key) => Entries.RemoveAll(e => e.Key == key);

    /// <summary>What the editor does for a nested path: reuse mappings on the way, replace anything else, append what is missing.</summary>
    public void SetPath(IReadOnlyList<string> path, int depth, ExpectedValue value)
    {
        if (depth == path.Count - 1)
        {
            Set(path[depth], value);
            return;
        }

        var existing = Entries.FirstOrDefault(e => e.Key == path[depth]).Value;
        var child = existing switch
        {
            MappingValue m => m,
            UntouchedValue { Original: YamlMapping m } => From(m),
            _ => new MappingValue(new List<KeyValuePair<string, ExpectedValue>>()),
        };
        Set(path[depth], child);
        child.SetPath(path, depth + 1, value);
    }
}
