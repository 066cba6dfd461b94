using System.Globalization;
using System.Text;

namespace Trackdown.Core.Config;

/// <summary>
/// <c>formats.date</c>: the design's moment-style pattern. Tokens: <c>YYYY YY MM M DD D HH H mm m ss s SSS</c>,
/// <c>Z</c> (offset <c>+02:00</c>, and <c>Z</c> at UTC as ISO 8601 writes it; moment would write <c>+00:00</c>),
/// <c>ZZ</c> (<c>+0200</c>), a literal <c>T</c>, <c>[escaped text]</c>, and punctuation as is.
/// </summary>
public sealed class TimestampFormat
{
    public const string DefaultPattern = "YYYY-MM-DDTHH:mm:ssZ";

    // Longest first, so "YYYY" is not read as two "YY".
    private static readonly string[] Tokens = { "YYYY", "YY", "MM", "M", "DD", "D", "HH", "H", "mm", "m", "ss", "s", "SSS", "ZZ", "Z" };

    // Declared after Tokens, which it is parsed with: static fields initialise in order.
    public static readonly TimestampFormat Default = Parse(DefaultPattern);

    private readonly IReadOnlyList<(string? Token, string Literal)> parts;

    private TimestampFormat(string pattern, IReadOnlyList<(string? Token, string Literal)> parts)
    {
        Pattern = pattern;
        this.parts = parts;
    }

    public string Pattern { get; }

    /// <summary>Whether the pattern writes the time of day, not only the date.</summary>
    public bool HasTime => parts.Any(p => p.Token is "HH" or "H");

    public bool HasSeconds => parts.Any(p => p.Token is "ss" or "s");

    public bool HasOffset => parts.Any(p => p.Token is "Z" or "ZZ");

    /// <summary>The format, or <see cref="FormatException"/> saying what is wrong.</summary>
    public static TimestampFormat Parse(string pattern)
        => TryParse(pattern, out var problem, out _) ?? throw new FormatException(problem);

    /// <summary>The format, or null with the <paramref name="problem"/> and the index it starts at.</summary>
    public static TimestampFormat? TryParse(string pattern, out string? problem, out int at)
    {
        problem = null;
        at = 0;
        var parts = new List<(string?, string)>();
        var literal = new StringBuilder();
        for (var i = 0; i < pattern.Length;)
        {
            var c = pattern[i];
            if (c == '[')
            {
                var close = pattern.IndexOf(']', i + 1);
                if (close < 0)
                {
                    (problem, at) = ("'[' has no closing ']'.", i);
                    return null;
                }

                literal.Append(pattern, i + 1, close - i - 1);
                i = close + 1;
                continue;
            }

            var token = Tokens.FirstOrDefault(t => string.CompareOrdinal(pattern, i, t, 0, t.Length) == 0);
            if (token is not null)
            {
                Flush();
                parts.Add((token, token));
                i += token.Length;
                continue;
            }

            if (char.IsLetter(c) && c != 'T')
            {
                (problem, at) = ($"'{c}' is not a date token (YYYY, YY, MM, M, DD, D, HH, H, mm, m, ss, s, SSS, Z, ZZ); put literal text in [brackets].", i);
                return null;
            }

            literal.Append(c);
            i++;
        }

        Flush();
        return new TimestampFormat(pattern, parts);

        void Flush()
        {
            if (literal.Length > 0)
            {
                parts.Add((null, literal.ToString()));
                literal.Clear();
            }
        }
    }

    /// <summary>Writes <paramref name="time"/> as it is (convert it to the project's time zone first).</summary>
    public string Format(DateTimeOffset time)
    {
        var text = new StringBuilder();
        foreach (var (token, literal) in parts)
        {
            text.Append(token switch
            {
                "YYYY" => time.Year.ToString("0000", CultureInfo.InvariantCulture),
                "YY" => (time.Year % 100).ToString("00", CultureInfo.InvariantCulture),
                "MM" => time.Month.ToString("00", CultureInfo.InvariantCulture),
                "M" => time.Month.ToString(CultureInfo.InvariantCulture),
                "DD" => time.Day.ToString("00", CultureInfo.InvariantCulture),
                "D" => time.Day.ToString(CultureInfo.InvariantCulture),
                "HH" => time.Hour.ToString("00", CultureInfo.InvariantCulture),
                "H" => time.Hour.ToString(CultureInfo.InvariantCulture),
                "mm" => time.Minute.ToString("00", CultureInfo.InvariantCulture),
                "m" => time.Minute.ToString(CultureInfo.InvariantCulture),
                "ss" => time.Second.ToString("00", CultureInfo.InvariantCulture),
                "s" => time.Second.ToString(CultureInfo.InvariantCulture),
                "SSS" => time.Millisecond.ToString("000", CultureInfo.InvariantCulture),
                "Z" => time.Offset == TimeSpan.Zero ? "Z" : Offset(time.Offset, ":"),
                "ZZ" => Offset(time.Offset, string.Empty),
                _ => literal,
            });
        }

        return text.ToString();
    }

    public override string ToString() => Pattern;

    private static string Offset(TimeSpan offset, string separator)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture) + separator + abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }
}
