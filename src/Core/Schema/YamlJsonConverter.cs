using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Schema;

/// <summary>
/// Turns the YAML tree into JSON for the schema, typing plain scalars by the YAML 1.2 core schema (quoted ones stay
/// strings), and remembers which YAML node each JSON path came from, in NJsonSchema's path spelling
/// (<c>#/labels[1]</c>, <c>#/token_usage.by_agent.claude</c>).
/// </summary>
internal static class YamlJsonConverter
{
    private static readonly Regex Integer = new(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Float = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    public static JToken Convert(YamlValue value, string path, Dictionary<string, YamlValue> nodes, Dictionary<string, YamlScalar> keys)
    {
        nodes[path] = value;
        switch (value)
        {
            case YamlMapping mapping:
                var obj = new JObject();
                foreach (var entry in mapping.Entries)
                {
                    var childPath = path == "#" ? "#/" + entry.Key.Value : path + "." + entry.Key.Value;
                    keys[childPath] = entry.Key;
                    obj[entry.Key.Value] = Convert(entry.Value, childPath, nodes, keys);
                }

                return obj;
            case YamlSequence sequence:
                var array = new JArray();
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    array.Add(Convert(sequence.Items[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", nodes, keys));
                }

                return array;
            default:
                return Scalar((YamlScalar)value);
        }
    }

    private static JToken Scalar(YamlScalar scalar)
    {
        if (scalar.Style != YamlScalarStyle.Plain)
        {
            return new JValue(scalar.Value);
        }

        var text = scalar.Value;
        if (scalar.IsNull)
        {
            return JValue.CreateNull();
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return new JValue(text.Equals("true", StringComparison.OrdinalIgnoreCase));
        }

        if (Integer.IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return new JValue(whole);
        }

        if (Float.IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new JValue(number);
        }

        return new JValue(text);
    }
}
