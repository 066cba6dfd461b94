using System.Globalization;
using System.Text.RegularExpressions;
using Trackdown.Core.Diagnostics;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Config;

/// <summary>
/// Reads typed values out of the config's YAML tree, checking as it goes: a wrong type or range is TRK0011 at the value
/// (and the default stays), an unknown key TRK0012 at the key. Plain scalars only for booleans and numbers, as YAML 1.2.
/// </summary>
internal sealed class ConfigBinder(string filePath)
{
    public List<TrackdownDiagnostic> Diagnostics { get; } = new();

    public string FilePath => filePath;

    /// <summary>The mapping under <paramref name="key"/>, after reporting keys not in <paramref name="known"/>.</summary>
    public YamlMapping? Section(YamlMapping? parent, string key, string path, params string[] known)
    {
        var value = parent?[key];
        if (value is null || value is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (value is not YamlMapping mapping)
        {
            Invalid(value, $"'{path}' must be a mapping of keys to values.");
            return null;
        }

        CheckKeys(mapping, path, known);
        return mapping;
    }

    public void CheckKeys(YamlMapping mapping, string path, params string[] known)
    {
        foreach (var entry in mapping.Entries)
        {
            if (Array.IndexOf(known, entry.Key.Value) < 0)
            {
                var where = path.Length == 0 ? entry.Key.Value : path + "." + entry.Key.Value;
                Diagnostics.Add(TrackdownDiagnostic.At(DiagnosticIds.ConfigUnknownKey, DiagnosticSeverity.Warning, filePath, entry.Key.Span, $"Unknown configuration key '{where}' is ignored. Check its spelling and indentation; known keys here are {Quote(known)}."));
            }
        }
    }

    /// <summary>Each entry of a free-form mapping (agents, providers), by name.</summary>
    public IEnumerable<(string Name, YamlMapping Value)> Entries(YamlMapping? mapping, string path, params string[] known)
    {
        if (mapping is null)
        {
            yield break;
        }

        foreach (var entry in mapping.Entries)
        {
            if (entry.Value is YamlMapping child)
            {
                CheckKeys(child, path + "." + entry.Key.Value, known);
                yield return (entry.Key.Value, child);
            }
            else
            {
                Invalid(entry.Value, $"'{path}.{entry.Key.Value}' must be a mapping with {Quote(known)}.");
            }
        }
    }

    public string? String(YamlMapping? map, string key, string path)
    {
        var value = map?[key];
        switch (value)
        {
            case null:
            case YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar:
                return scalar.Value;
            default:
                Invalid(value, $"'{path}' must be a text value.");
                return null;
        }
    }

    public bool? Bool(YamlMapping? map, string key, string path)
    {
        var value = map?[key];
        if (value is null || value is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (value is YamlScalar { Style: YamlScalarStyle.Plain } scalar && scalar.Value is "true" or "false")
        {
            return scalar.Value == "true";
        }

        Invalid(value, $"'{path}' has value '{Text(value)}'; expected true or false.");
        return null;
    }

    public long? Integer(YamlMapping? map, string key, string path, long min = 0, long max = long.MaxValue)
    {
        var value = map?[key];
        if (value is null || value is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (value is YamlScalar { Style: YamlScalarStyle.Plain } scalar
            && long.TryParse(scalar.Value.Replace("_", string.Empty), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number >= min && number <= max)
        {
            return number;
        }

        Invalid(value, $"'{path}' has value '{Text(value)}'; expected a whole number of at least {min}{(max == long.MaxValue ? string.Empty : " and at most " + max.ToString(CultureInfo.InvariantCulture))}.");
        return null;
    }

    public double? Number(YamlMapping? map, string key, string path, double min, double max)
    {
        var value = map?[key];
        if (value is null || value is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (value is YamlScalar { Style: YamlScalarStyle.Plain } scalar
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number >= min && number <= max)
        {
            return number;
        }

        Invalid(value, $"'{path}' has value '{Text(value)}'; expected a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
        return null;
    }

    public IReadOnlyList<string>? StringList(YamlMapping? map, string key, string path)
    {
        var value = map?[key];
        if (value is null || value is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (value is YamlSequence sequence && sequence.Items.All(i => i is YamlScalar { IsNull: false }))
        {
            return sequence.Items.Cast<YamlScalar>().Select(s => s.Value).ToList();
        }

        Invalid(value, $"'{path}' must be a list of text values, e.g. [a, b].");
        return null;
    }

    /// <summary>A regular expression that must compile, with the match timeout; reported at the value when it does not.</summary>
    public ConfigPattern? Pattern(YamlMapping? map, string key, string path, RegexOptions options = RegexOptions.None)
    {
        var pattern = String(map, key, path);
        if (pattern is null)
        {
            return null;
        }

        try
        {
            return new ConfigPattern(pattern, options, path, filePath, map![key]!.Span);
        }
        catch (ArgumentException ex)
        {
            Invalid(map![key]!, $"'{path}' is not a valid regular expression: {ex.Message.TrimEnd('.')}.");
            return null;
        }
    }

    /// <summary>A text value that must be one of <paramref name="choices"/>; reported at the value when it is not.</summary>
    public string? Choice(YamlMapping? map, string key, string path, IReadOnlyList<string> choices)
    {
        var value = map?[key];
        var text = String(map, key, path);
        if (text is null || choices.Contains(text))
        {
            return text;
        }

        Invalid(value!, $"'{path}' has value '{text}'; expected one of {Quote(choices)}.");
        return null;
    }

    /// <summary>Whether a list item is one of <paramref name="choices"/>; reported at the item when it is not.</summary>
    public bool OneOf(YamlScalar item, string path, IReadOnlyList<string> choices)
    {
        if (choices.Contains(item.Value))
        {
            return true;
        }

        Report(item.Span, $"'{path}' lists '{item.Value}', which is not one of {Quote(choices)}; it is left out.");
        return false;
    }

    /// <summary>Like <see cref="StringList"/>, keeping each item's position for located errors.</summary>
    public IReadOnlyList<YamlScalar>? ScalarList(YamlMapping? map, string key, string path)
    {
        var value = map?[key];
        if (value is null || value is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (value is YamlSequence sequence && sequence.Items.All(i => i is YamlScalar { IsNull: false }))
        {
            return sequence.Items.Cast<YamlScalar>().ToList();
        }

        Invalid(value, $"'{path}' must be a list of text values, e.g. [a, b].");
        return null;
    }

    /// <summary>The part of a one-line scalar from <paramref name="index"/> (in its value) for <paramref name="length"/> characters.</summary>
    public static SourceSpan SubSpan(YamlScalar scalar, int index, int length)
    {
        if (index < 0 || scalar.Span.Start.Line != scalar.Span.End.Line)
        {
            return scalar.Span;
        }

        var skip = index + (scalar.Style == YamlScalarStyle.Plain ? 0 : 1);
        var start = new SourcePosition(scalar.Span.Start.Line, scalar.Span.Start.Column + skip, scalar.Span.Start.Offset + skip);
        return new SourceSpan(start, new SourcePosition(start.Line, start.Column + length, start.Offset + length));
    }

    /// <summary>An error at <paramref name="span"/>; the message says what happens to the value.</summary>
    public void Report(SourceSpan span, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error, string id = DiagnosticIds.ConfigSchemaViolation)
        => Diagnostics.Add(TrackdownDiagnostic.At(id, severity, filePath, span, message));

    public void Invalid(YamlValue at, string message)
        => Diagnostics.Add(TrackdownDiagnostic.At(DiagnosticIds.ConfigSchemaViolation, DiagnosticSeverity.Error, filePath, at.Span, message + " The default is used instead."));

    private static string Text(YamlValue value) => value is YamlScalar s ? s.Value : value is YamlSequence ? "[…]" : "{…}";

    private static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));
}
