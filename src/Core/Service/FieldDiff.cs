using System.Globalization;
using System.Text;
using Trackdown.Core.Parsing;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Service;

/// <summary>
/// What changed between two versions of a task file, field by field, as the audit trail and subscribers see it: every
/// top-level key compared by value (lists as <c>[a, b]</c>, mappings as <c>{k: v}</c>), and the body as a summary
/// (its size), so a long body never bloats the log.
/// </summary>
public static class FieldDiff
{
    public static IReadOnlyList<FieldChange> Between(TaskDocument? before, TaskDocument? after)
    {
        var changes = new List<FieldChange>();
        var old = Fields(before);
        var now = Fields(after);
        foreach (var key in old.Keys.Concat(now.Keys.Where(k => !old.ContainsKey(k))))
        {
            old.TryGetValue(key, out var a);
            now.TryGetValue(key, out var b);
            if (a != b && key != "updated")
            {
                changes.Add(new FieldChange(key, a, b));
            }
        }

        var oldBody = before?.Body;
        var newBody = after?.Body;
        if (before is not null && after is not null && oldBody != newBody)
        {
            changes.Add(new FieldChange("body", Summary(oldBody), Summary(newBody)));
        }

        return changes;
    }

    /// <summary>A value as one line of text: what a reader of the audit trail sees.</summary>
    public static string? Render(YamlValue? value)
    {
        switch (value)
        {
            case null:
                return null;
            case YamlScalar scalar:
                return scalar.IsNull ? null : scalar.Value;
            case YamlSequence sequence:
                return "[" + string.Join(", ", sequence.Items.Select(Render)) + "]";
            case YamlMapping mapping:
                var text = new StringBuilder("{");
                foreach (var entry in mapping.Entries)
                {
                    text.Append(text.Length > 1 ? ", " : string.Empty).Append(entry.Key.Value).Append(": ").Append(Render(entry.Value));
                }

                return text.Append('}').ToString();
            default:
                return value.ToString();
        }
    }

    private static Dictionary<string, string?> Fields(TaskDocument? doc)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (doc?.Frontmatter is { } map)
        {
            foreach (var entry in map.Entries)
            {
                fields[entry.Key.Value] = Render(entry.Value);
            }
        }

        return fields;
    }

    private static string? Summary(string? body)
        => body is null ? null : string.Format(CultureInfo.InvariantCulture, "{0} lines, {1} chars", body.Length == 0 ? 0 : body.Split('\n').Length, body.Length);
}
