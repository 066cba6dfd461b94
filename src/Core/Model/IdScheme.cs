using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Trackdown.Core.Config;

namespace Trackdown.Core.Model;

/// <summary>
/// The one place ids are made and recognised, from <c>project.id_prefix</c> and the <c>formats.id_pattern</c> template
/// (<c>{prefix}</c>, <c>{type}</c>, <c>{number:0Nd}</c>). New ids follow the template; an id written under an earlier
/// pattern stays an id (capital words and dashes, then EPIC, ISSUE or TASK, a dash and at least three digits).
/// </summary>
public sealed class IdScheme
{
    /// <summary>Today's ids: <c>ISSUE-001</c>, or <c>ACME-ISSUE-001</c> with <c>id_prefix: ACME-</c>.</summary>
    public const string DefaultTemplate = "{prefix}{type}-{number:03d}";

    /// <summary>The shape of every id (the task schema's <c>id</c> pattern): it is also a file name, so nothing else.</summary>
    public static readonly Regex Shape = new("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{3,}$", RegexOptions.CultureInvariant);

    private const string TypeWords = "EPIC|ISSUE|TASK";
    private const string Legacy = "(?:[A-Z][A-Z0-9]*-)*(?<type>" + TypeWords + ")-(?<number>[0-9]{3,})";
    private static readonly Regex Placeholder = new(@"\{(?<name>[^{}:]*)(?::(?<format>[^{}]*))?\}|[{}]", RegexOptions.CultureInvariant);
    private static readonly Regex NumberFormat = new("^0([3-9])d$", RegexOptions.CultureInvariant);

    // Declared after the regexes it is built with: static fields initialise in order.
    public static readonly IdScheme Default = Create(string.Empty, DefaultTemplate);

    private readonly IReadOnlyList<(string? Placeholder, string Literal)> parts;

    private IdScheme(string prefix, string template, int digits, IReadOnlyList<(string? Placeholder, string Literal)> parts)
    {
        Prefix = prefix;
        Template = template;
        Digits = digits;
        this.parts = parts;
        var current = new StringBuilder();
        foreach (var (placeholder, literal) in parts)
        {
            current.Append(placeholder switch
            {
                "prefix" => Regex.Escape(prefix),
                "type" => "(?<type>" + TypeWords + ")",
                "number" => "(?<number>[0-9]{" + digits.ToString(CultureInfo.InvariantCulture) + ",})",
                _ => Regex.Escape(literal),
            });
        }

        var either = "(?:" + current + "|" + Legacy + ")";
        Anchored = new Regex("^" + either + @"\z", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, ConfigPattern.MatchTimeout);
        InText = new Regex(@"\b" + either + @"\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, ConfigPattern.MatchTimeout);
        FileName = new Regex(@"^\.?" + either + "(?=[-.]|$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, ConfigPattern.MatchTimeout);
    }

    public string Prefix { get; }

    public string Template { get; }

    /// <summary>The zero-padded width of the number in new ids.</summary>
    public int Digits { get; }

    /// <summary>A whole id, current or earlier pattern; groups <c>type</c> and <c>number</c>.</summary>
    public Regex Anchored { get; }

    /// <summary>Ids inside free text (commit messages, comments), with word boundaries.</summary>
    public Regex InText { get; }

    /// <summary>The id a task file (<c>ID-slug.md</c>) or claim file (<c>.ID.claim</c>) name starts with.</summary>
    public Regex FileName { get; }

    /// <summary>The scheme, or <see cref="ArgumentException"/> with <see cref="Problem"/>'s message.</summary>
    public static IdScheme Create(string prefix, string template)
    {
        if (Problem(prefix, template, out _) is { } problem)
        {
            throw new ArgumentException(problem, nameof(template));
        }

        var parts = new List<(string?, string)>();
        var digits = 3;
        var last = 0;
        foreach (Match m in Placeholder.Matches(template))
        {
            parts.Add((null, template.Substring(last, m.Index - last)));
            var name = m.Groups["name"].Value;
            parts.Add((name, m.Value));
            if (name == "number")
            {
                digits = NumberFormat.Match(m.Groups["format"].Value).Groups[1].Value[0] - '0';
            }

            last = m.Index + m.Length;
        }

        parts.Add((null, template.Substring(last)));
        return new IdScheme(prefix, template, digits, parts.Where(p => p.Item1 is not null || p.Item2.Length > 0).ToList());
    }

    /// <summary>
    /// Why <paramref name="prefix"/> and <paramref name="template"/> cannot make ids, or null. <paramref name="inTemplate"/>
    /// is the index in the template the problem starts at, or -1 when it is the prefix.
    /// </summary>
    public static string? Problem(string prefix, string template, out int inTemplate)
    {
        inTemplate = -1;
        if (PathProblem(prefix, "project.id_prefix") is { } prefixPath)
        {
            return prefixPath;
        }

        if (prefix.Length > 0 && !Regex.IsMatch(prefix, "^[A-Z][A-Z0-9-]*$", RegexOptions.CultureInvariant))
        {
            return $"'project.id_prefix' is '{prefix}'; an id prefix is capital letters, digits and '-', starting with a letter (e.g. 'ACME-').";
        }

        if (PathProblem(template, "formats.id_pattern") is { } templatePath)
        {
            inTemplate = 0;
            return templatePath;
        }

        int types = 0, numbers = 0, last = 0;
        foreach (Match m in Placeholder.Matches(template))
        {
            inTemplate = m.Index;
            if (LiteralProblem(template.Substring(last, m.Index - last)) is { } literal)
            {
                inTemplate = last;
                return literal;
            }

            var name = m.Groups["name"].Value;
            switch (name)
            {
                case "type" when !m.Groups["format"].Success:
                    types++;
                    break;
                case "prefix" when !m.Groups["format"].Success:
                    break;
                case "number" when NumberFormat.IsMatch(m.Groups["format"].Value):
                    numbers++;
                    if (m.Index + m.Length != template.Length)
                    {
                        return "In 'formats.id_pattern', '{number:0Nd}' must come last: ids end with '-' and the number, and file names are 'ID-slug.md'.";
                    }

                    break;
                case "number":
                    return $"'formats.id_pattern' has '{m.Value}'; write the number as '{{number:0Nd}}' with N from 3 to 9, e.g. '{{number:04d}}' for 0001.";
                default:
                    return $"'formats.id_pattern' has '{m.Value}', which is not a placeholder. Use '{{prefix}}', '{{type}}' and '{{number:0Nd}}'; regular expressions are no longer accepted here.";
            }

            last = m.Index + m.Length;
        }

        inTemplate = last;
        if (LiteralProblem(template.Substring(last)) is { } tail)
        {
            return tail;
        }

        inTemplate = 0;
        if (types != 1 || numbers != 1)
        {
            return $"'formats.id_pattern' is '{template}'; it needs '{{type}}' once and '{{number:0Nd}}' once, at the end, e.g. '{{type}}-{{number:04d}}'.";
        }

        var sample = template.Replace("{prefix}", prefix).Replace("{type}", "ISSUE");
        sample = Placeholder.Replace(sample, "001");
        return Shape.IsMatch(sample) ? null
            : $"'formats.id_pattern' '{template}' with prefix '{prefix}' makes ids like '{sample}'; an id is capital letters, digits and '-', with '-' right before the number.";
    }

    /// <summary>A new id: <c>{type}-{number:04d}</c> and 1 give <c>ISSUE-0001</c>.</summary>
    public string Format(TaskType type, int number)
    {
        var id = new StringBuilder();
        foreach (var (placeholder, literal) in parts)
        {
            id.Append(placeholder switch
            {
                "prefix" => Prefix,
                "type" => type.IdWord(),
                "number" => number.ToString("D" + Digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                _ => literal,
            });
        }

        return id.ToString();
    }

    public bool IsId(string? text) => text is not null && Anchored.IsMatch(text);

    /// <summary>The type word and number of an id, current or earlier pattern.</summary>
    public bool TryParse(string? id, out TaskType type, out int number)
        => Read(id is null ? null : Anchored.Match(id), out type, out number);

    /// <summary>The type and number of the id a task or claim file name starts with.</summary>
    public bool TryParseFileName(string fileName, out TaskType type, out int number)
        => Read(FileName.Match(fileName), out type, out number);

    /// <summary>
    /// The ids <paramref name="pattern"/> finds in <paramref name="text"/> (default: <see cref="InText"/>), once each, in
    /// order. A first group that is an id is the id; otherwise the whole match is (the design's
    /// <c>\b(EPIC|ISSUE|TASK)-\d+\b</c> captures only the type word). Matches that are no id are left out.
    /// Throws <see cref="RegexMatchTimeoutException"/> when a configured pattern runs too long.
    /// </summary>
    public IReadOnlyList<string> FindIds(string text, Regex? pattern = null)
    {
        var ids = new List<string>();
        for (var m = (pattern ?? InText).Match(text); m.Success; m = m.NextMatch())
        {
            var group = m.Groups.Count > 1 && m.Groups[1].Success ? m.Groups[1].Value : null;
            var id = group is not null && IsId(group) ? group : IsId(m.Value) ? m.Value : null;
            if (id is not null && !ids.Contains(id, StringComparer.Ordinal))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    public override string ToString() => Template + (Prefix.Length > 0 ? " (prefix " + Prefix + ")" : string.Empty);

    private static bool Read(Match? match, out TaskType type, out int number)
    {
        type = TaskType.Task;
        number = 0;
        return match is { Success: true }
            && TaskTypes.TryParse(match.Groups["type"].Value.ToLowerInvariant(), out type)
            && int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>Ids become file and branch names: nothing in config may turn one into a path.</summary>
    private static string? PathProblem(string text, string key)
    {
        var what = text.Any(char.IsControl) ? "a control character"
            : text.Contains("..") ? "'..'"
            : text.IndexOfAny(new[] { '/', '\\' }) >= 0 ? $"'{text.First(c => c is '/' or '\\')}'"
            : null;
        return what is null ? null : $"'{key}' contains {what}, which could make an id into a path outside the repository. Ids are file names: use capital letters, digits and '-'.";
    }

    private static string? LiteralProblem(string literal)
        => literal.Length == 0 || Regex.IsMatch(literal, "^[A-Z0-9-]+$", RegexOptions.CultureInvariant) ? null
            : $"'formats.id_pattern' has '{literal}' outside the placeholders; only capital letters, digits and '-' may appear there.";
}
