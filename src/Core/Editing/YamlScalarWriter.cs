using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Editing;

/// <summary>
/// Writes a string as a YAML scalar that reads back as exactly that string: plain when that is safe, otherwise quoted.
/// A value that was quoted keeps its quote style when the style can hold the new value.
/// </summary>
internal static class YamlScalarWriter
{
    // Plain scalars that YAML 1.2 (and, to be kind to older readers, 1.1) would read as something other than a string:
    // null, booleans, numbers in every base, sexagesimal numbers, infinities and the 1.1 "value" key.
    private static readonly Regex Special = new(
        @"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|=|<<"
        + @"|[-+]?(?:\.inf|\.Inf|\.INF)|\.nan|\.NaN|\.NAN"
        + @"|[-+]?[0-9_]+(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9_]+(?:[eE][-+]?[0-9]+)?"
        + @"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"
        + @"|[-+]?0x[0-9a-fA-F_]+|[-+]?0o[0-7_]+|[-+]?0b[01_]+)$",
        RegexOptions.CultureInvariant);

    private static readonly char[] FlowIndicators = { ',', '[', ']', '{', '}' };

    /// <summary>The scalar text for <paramref name="value"/>, in <paramref name="preferred"/> style when it can hold it.</summary>
    public static string Write(string value, YamlScalarStyle preferred = YamlScalarStyle.Plain, bool inFlow = false)
    {
        if (preferred == YamlScalarStyle.SingleQuoted && !value.Any(NeedsEscape))
        {
            return "'" + value.Replace("'", "''") + "'";
        }

        if (preferred == YamlScalarStyle.DoubleQuoted || !IsPlainSafe(value, inFlow))
        {
            return DoubleQuoted(value);
        }

        return value;
    }

    /// <summary>A mapping key: plain when safe, double-quoted otherwise.</summary>
    public static string Key(string key, bool inFlow = false) => Write(key, YamlScalarStyle.Plain, inFlow);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            // YAML spells these .nan and .inf, which neither the schema nor TaskItem reads as numbers.
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite numbers can be written to a task file.");
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>True when <paramref name="value"/> written unquoted reads back as the same string.</summary>
    public static bool IsPlainSafe(string value, bool inFlow)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]) || value.Any(NeedsEscape))
        {
            return false;
        }

        // Conservative: '-', '?' and ':' start a plain scalar only when not followed by a space, but quoting is always safe.
        if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) >= 0)
        {
            return false;
        }

        if (value.Contains(": ") || value.Contains(" #") || value.EndsWith(":", StringComparison.Ordinal))
        {
            return false;
        }

        if (inFlow && value.IndexOfAny(FlowIndicators) >= 0)
        {
            return false;
        }

        return !Special.IsMatch(value);
    }

    public static string DoubleQuoted(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>Characters YAML does not allow literally in a file (or reads as a line break): controls, separators, non-characters, BOM.</summary>
    private static bool NeedsEscape(char c)
        => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF';
}
