using System.Text.RegularExpressions;

namespace Trackdown.Core.Tests.Generation;

/// <summary>
/// A strict reading of the llmstxt.org format: exactly one H1, first; an optional '>' summary; free text without
/// headings; then '##' sections holding only '- [name](url)' items with an optional ': note'; 'Optional' last if present.
/// </summary>
internal static partial class LlmsTxtChecker
{
    [GeneratedRegex(@"^- \[(?:[^\]\\]|\\.)+\]\([^)\s]+\)(?:: .+)?$")]
    private static partial Regex LinkItem();

    public static IReadOnlyList<string> Problems(string text)
    {
        var problems = new List<string>();
        var lines = text.Split('\n');
        if (lines.Length == 0 || !lines[0].StartsWith("# ", StringComparison.Ordinal) || lines[0].Length < 3)
        {
            problems.Add("line 1 is not an H1 title");
        }

        if (lines.Count(l => l.StartsWith("# ", StringComparison.Ordinal)) != 1)
        {
            problems.Add("there is not exactly one H1");
        }

        string? section = null;
        var sections = new List<string>();
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line.Substring(3);
                sections.Add(section);
                continue;
            }

            if (line.StartsWith("#", StringComparison.Ordinal))
            {
                problems.Add($"line {i + 1}: only '##' sections may follow the title");
            }
            else if (section is not null && line.Length > 0 && !LinkItem().IsMatch(line))
            {
                problems.Add($"line {i + 1}: '{line}' in section '{section}' is not a '- [name](url): note' item");
            }
            else if (section is null && line.StartsWith(">", StringComparison.Ordinal) && lines.Take(i).Any(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal) && !l.StartsWith(">", StringComparison.Ordinal)))
            {
                problems.Add($"line {i + 1}: the '>' summary must come right after the title");
            }
        }

        if (sections.Contains("Optional") && sections[^1] != "Optional")
        {
            problems.Add("the Optional section is not last");
        }

        return problems;
    }
}
