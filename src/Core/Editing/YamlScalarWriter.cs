using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Editing;

/// <summary>
/// Writes a string as a YAML scalar that reads back as exactly that string: plain when that is safe, otherwise quoted.
/// A value that was quoted keeps its quote style when the style can hold the new value.
/// </summary>
public static class YamlScalarWriter
{
    // Plain scalars YAML 1.2 (and, to be kind to older readers, 1.1) would read as something other than a string.
    private static readonly Regex Special = new(
        @"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[-+]?(?:\.inf|\.Inf|\.INF)|\.nan|\.NaN|\.NAN|[-+]?[0-9_]+(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9]+(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+)$",
        RegexOptions.CultureInvariant);

    public static string Write(string value, YamlScalarStyle preferred = YamlScalarStyle.Plain, bool inFlow = false)
    {
        if (preferred == YamlScalarStyle.SingleQuoted && !HasControl(value))
        {
            return "'" + value.Replace("'", "''") + "'";
        }

        if (preferred == YamlScalarStyle.DoubleQuoted || !IsPlainSafe(value, inFlow))
        {
            return DoubleQuoted(value);
        }

        return value;
    }

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static bool IsPlainSafe(string value, bool inFlow)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]) || HasControl(value))
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) >= 0)
        {
            return false;
        }

        if (value.Contains(": ") || value.Contains(" #") || value.EndsWith(":", StringComparison.Ordinal) || value.Contains("\t"))
        {
            return false;
        }

        if (inFlow && value.IndexOfAny(new[] { ',', '[', ']', '{', '}' }) >= 0)
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
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF')
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

    private static bool HasControl(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF')
            {
                return true;
            }
        }

        return false;
    }
}
