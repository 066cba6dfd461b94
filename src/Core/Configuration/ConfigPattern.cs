using System.Text.RegularExpressions;
using Trackdown.Core.Diagnostics;

namespace Trackdown.Core.Config;

/// <summary>
/// A regular expression from config.yaml, compiled once with a match timeout so a catastrophic pattern cannot hang a
/// hook. Matching can throw <see cref="RegexMatchTimeoutException"/>: catch it, report <see cref="TimedOut"/> (a
/// located TRK0014 warning) and go on as if the pattern had not matched.
/// </summary>
public sealed class ConfigPattern : IEquatable<ConfigPattern>
{
    /// <summary>How long one match may run. Sane patterns on a commit message or a title take microseconds.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Compiles <paramref name="text"/>; throws <see cref="ArgumentException"/> when it is not a valid regex.</summary>
    public ConfigPattern(string text, RegexOptions options, string key, string filePath = "", SourceSpan span = default)
    {
        Text = text;
        Key = key;
        FilePath = filePath;
        Span = span;
        Regex = new Regex(text, options | RegexOptions.CultureInvariant, MatchTimeout);
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    public Regex Regex { get; }

    /// <summary>The key it came from, e.g. <c>git.patterns.commit_task_ref</c>.</summary>
    public string Key { get; }

    /// <summary>The config file, or empty for a built-in default.</summary>
    public string FilePath { get; }

    public SourceSpan Span { get; }

    /// <summary>The warning to report when a match of this pattern threw <see cref="RegexMatchTimeoutException"/>.</summary>
    public TrackdownDiagnostic TimedOut()
        => TrackdownDiagnostic.At(DiagnosticIds.ConfigPatternTimedOut, DiagnosticSeverity.Warning, FilePath, Span, $"'{Key}' ('{Text}') ran longer than {MatchTimeout.TotalMilliseconds:0} ms on one text and was treated as not matching. Simplify it: nested quantifiers such as (a+)+ backtrack exponentially.");

    public bool Equals(ConfigPattern? other) => other is not null && other.Text == Text && other.Regex.Options == Regex.Options && other.Key == Key;

    public override bool Equals(object? obj) => Equals(obj as ConfigPattern);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    public override string ToString() => Text;
}
