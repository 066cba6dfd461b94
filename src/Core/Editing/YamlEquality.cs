using Trackdown.Core.Yaml;

namespace Trackdown.Core.Editing;

/// <summary>Whether two YAML values read the same: same strings in the same quoting, same shapes, same keys in order.</summary>
internal static class YamlEquality
{
    public static bool Same(YamlValue a, YamlValue b) => (a, b) switch
    {
        (YamlScalar x, YamlScalar y) => x.Style == y.Style && string.Equals(x.Value, y.Value, StringComparison.Ordinal),
        (YamlSequence x, YamlSequence y) => x.IsFlow == y.IsFlow && x.Items.Count == y.Items.Count && x.Items.Zip(y.Items, Same).All(same => same),
        (YamlMapping x, YamlMapping y) => x.IsFlow == y.IsFlow && x.Entries.Count == y.Entries.Count
            && x.Entries.Zip(y.Entries, (e, f) => string.Equals(e.Key.Value, f.Key.Value, StringComparison.Ordinal) && Same(e.Value, f.Value)).All(same => same),
        _ => false,
    };
}
