using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Trackdown.Core.Config;
using Trackdown.Core.Model;

namespace Trackdown.Core.Tests.Config;

/// <summary>Every bound value of a config as text, so two configs compare key by key (records hold lists by reference).</summary>
internal static class ConfigDump
{
    public static string Of(TrackdownConfig config)
    {
        var text = new StringBuilder();
        Write(text, "", config);
        return text.ToString();
    }

    private static void Write(StringBuilder text, string path, object? value)
    {
        switch (value)
        {
            case null:
                text.Append(path).AppendLine(" = null");
                break;
            case string or bool or Enum or TimeSpan:
                text.Append(path).Append(" = ").AppendLine(value.ToString());
                break;
            case IFormattable number:
                text.Append(path).Append(" = ").AppendLine(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            case TimeZoneInfo zone:
                text.Append(path).Append(" = ").AppendLine(zone.Id);
                break;
            case ConfigPattern or IdScheme or TimestampFormat:
                text.Append(path).Append(" = ").AppendLine(value.ToString());
                break;
            case IDictionary dictionary:
                foreach (var key in dictionary.Keys.Cast<object>().OrderBy(k => k.ToString(), StringComparer.Ordinal))
                {
                    Write(text, path + "[" + key + "]", dictionary[key]);
                }

                break;
            case ITuple tuple:
                for (var i = 0; i < tuple.Length; i++)
                {
                    Write(text, path + ".Item" + i, tuple[i]);
                }

                break;
            case IEnumerable list:
                var index = 0;
                foreach (var item in list)
                {
                    Write(text, path + "[" + index++ + "]", item);
                }

                text.Append(path).Append(".Count = ").AppendLine(index.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    Write(text, path + "." + property.Name, property.GetValue(value));
                }

                break;
        }
    }
}
