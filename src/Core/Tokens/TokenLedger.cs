using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Trackdown.Core.Diagnostics;

namespace Trackdown.Core.Tokens;

/// <summary>What reading the ledger found: the good entries, and one diagnostic per line it had to skip.</summary>
public sealed record LedgerReadResult(IReadOnlyList<TokenEntry> Entries, IReadOnlyList<TrackdownDiagnostic> Diagnostics);

/// <summary>
/// The append-only token ledger, one JSON object per line. Appends are made by the service
/// under the repository lock, in the same change set as the task's token_usage. A corrupt line is reported with its line
/// number and skipped, and is never removed from the file: the ledger is the audit trail.
/// </summary>
public static class TokenLedger
{
    public static string PathFor(string repositoryRoot) => Path.Combine(repositoryRoot, Repository.RepositoryLocator.ConfigFolder, "logs", "tokens.jsonl");

    /// <summary>
    /// Longest ledger line read, in characters. An entry is a few hundred; anything longer is damage (or an attack), and
    /// reading it whole would let one line exhaust memory, so it is skipped as corrupt without being loaded.
    /// </summary>
    public const int MaxLineLength = 64 * 1024;

    /// <summary>
    /// Reads every entry. A missing ledger is empty; a ledger path that is a directory or cannot be read throws (an
    /// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>), because reading it as empty would let
    /// a budget check pass that should fail.
    /// </summary>
    public static LedgerReadResult Read(string path)
    {
        var entries = new List<TokenEntry>();
        var diagnostics = new List<TrackdownDiagnostic>();
        if (Directory.Exists(path))
        {
            throw new IOException($"The token ledger '{path}' is a directory, not a file, so token usage cannot be read. Move the directory away or restore the ledger file.");
        }

        if (!File.Exists(path))
        {
            return new LedgerReadResult(entries, diagnostics);
        }

        StreamReader reader;
        try
        {
            reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new UnauthorizedAccessException($"The token ledger '{path}' cannot be read ({ex.Message.TrimEnd('.')}), so token usage cannot be checked. Make it readable.", ex);
        }

        using (reader)
        {
            foreach (var (lineNumber, line) in Lines(reader))
            {
                if (line is null)
                {
                    diagnostics.Add(Corrupt(path, lineNumber, $"it is longer than {MaxLineLength:N0} characters"));
                    continue;
                }

                if (line.Trim().Length == 0)
                {
                    continue;
                }

                try
                {
                    entries.Add(Parse(line));
                }
                catch (Exception ex) when (ex is JsonException or FormatException or InvalidCastException or ArgumentException or OverflowException)
                {
                    diagnostics.Add(Corrupt(path, lineNumber, ex.Message.TrimEnd('.')));
                }
            }
        }

        return new LedgerReadResult(entries, diagnostics);
    }

    private static TrackdownDiagnostic Corrupt(string path, int lineNumber, string why)
        => new(DiagnosticIds.CorruptLedgerLine, DiagnosticSeverity.Warning, path, lineNumber, 1, lineNumber, 1, $"Ledger line {lineNumber} is not a valid token entry ({why}); it is skipped and left in the file. Fix or remove the line by hand.");

    /// <summary>The lines with their 1-based numbers; a line over <see cref="MaxLineLength"/> is null and never held whole.</summary>
    private static IEnumerable<(int Number, string? Line)> Lines(TextReader reader)
    {
        var buffer = new char[16 * 1024];
        var line = new StringBuilder();
        var tooLong = false;
        var number = 0;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != '\n')
                {
                    continue;
                }

                Take(buffer, start, i - start, line, ref tooLong);
                yield return (++number, tooLong ? null : line.ToString().TrimEnd('\r'));
                line.Clear();
                tooLong = false;
                start = i + 1;
            }

            Take(buffer, start, read - start, line, ref tooLong);
        }

        if (line.Length > 0 || tooLong)
        {
            yield return (++number, tooLong ? null : line.ToString().TrimEnd('\r'));
        }
    }

    private static void Take(char[] buffer, int start, int count, StringBuilder line, ref bool tooLong)
    {
        if (tooLong || line.Length + count > MaxLineLength + 1)
        {
            // +1 leaves room for a CRLF's '\r'. Past the cap, drop what was held and skip to the line's end.
            tooLong = true;
            line.Clear();
            return;
        }

        line.Append(buffer, start, count);
    }

    internal static string Serialize(TokenEntry e)
    {
        var json = new JObject
        {
            ["time"] = e.Time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["task"] = e.Task,
            ["epic"] = e.Epic,
            ["agent"] = e.Agent,
            ["model"] = e.Model,
            ["input"] = e.Input,
            ["output"] = e.Output,
            ["cost"] = e.Cost,
            ["operation"] = e.Operation,
        };
        return json.ToString(Formatting.None);
    }

    private static TokenEntry Parse(string line)
    {
        var json = JObject.Parse(line);
        var time = DateTimeOffset.Parse((string?)json["time"] ?? throw new FormatException("no 'time'"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var task = (string?)json["task"] ?? throw new FormatException("no 'task'");
        var input = (long?)json["input"] ?? throw new FormatException("no 'input'");
        var output = (long?)json["output"] ?? throw new FormatException("no 'output'");
        if (input < 0 || output < 0)
        {
            throw new FormatException("negative token count");
        }

        return new TokenEntry(time, task, (string?)json["epic"], (string?)json["agent"], (string?)json["model"], input, output, (decimal?)json["cost"] ?? 0m, (string?)json["operation"]);
    }
}
