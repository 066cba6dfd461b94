using System.CommandLine;

namespace Trackdown.Cli;

/// <summary>
/// "Did you mean 'list'?" for a token the parser did not match: the closest subcommand (or, for a token starting with
/// '-', option) of the command it was typed after. System.CommandLine's own corrections print to stdout as a list, only
/// through its error action; this prints one suggestion to stderr with the rest of the usage error.
/// </summary>
internal static class TypoSuggestion
{
    public static IEnumerable<string> For(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        foreach (var token in parsed.UnmatchedTokens.Distinct(StringComparer.Ordinal))
        {
            var candidates = token.StartsWith("-", StringComparison.Ordinal)
                ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name))
                : command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name));
            if (Closest(token, candidates) is { } match)
            {
                yield return $"Did you mean '{match}'?";
            }
        }
    }

    /// <summary>The nearest candidate within a third of the token's length (at least 1, at most 2 edits); ties alphabetical.</summary>
    internal static string? Closest(string token, IEnumerable<string> candidates)
    {
        var limit = Math.Max(1, Math.Min(2, token.TrimStart('-').Length / 3));
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Distance: Distance(token, c)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours ("lsit").</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
