using Trackdown.Core.Diagnostics;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Model;

/// <summary>Where a field of a task sits in its file, for diagnostics that point at the offending value.</summary>
public static class TaskLocations
{
    /// <summary>The span of <paramref name="key"/>'s value, else of the key, else the start of the file.</summary>
    public static SourceSpan ValueOf(this TaskItem item, string key)
    {
        var entry = item.Document.Frontmatter?.Find(key);
        if (entry is null)
        {
            return SourceSpan.FileStart;
        }

        return entry.Value is YamlScalar { IsNull: true, Span.Length: 0 } ? entry.Key.Span : entry.Value.Span;
    }

    /// <summary>The span of the list element equal to <paramref name="value"/>, else of the whole field.</summary>
    public static SourceSpan ItemOf(this TaskItem item, string key, string value)
    {
        if (item.Document.Frontmatter?[key] is YamlSequence sequence)
        {
            foreach (var element in sequence.Items)
            {
                if (element is YamlScalar scalar && scalar.Value == value)
                {
                    return scalar.Span;
                }
            }
        }

        return item.ValueOf(key);
    }
}
