using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Trackdown.Core.Diagnostics;
using Trackdown.Core.Repository;

namespace Trackdown.Core.Service;

/// <summary>What reading the audit trail found: the good entries in file order, and one diagnostic per skipped line.</summary>
public sealed record AuditReadResult(IReadOnlyList<ChangeEvent> Entries, IReadOnlyList<TrackdownDiagnostic> Diagnostics);

/// <summary>
/// <c>.ai-trackdown/logs/activity.jsonl</c>, the design's complete activity log: one JSON object per change, appended
/// in the same transaction as the change itself (under the repository lock), never rewritten. A corrupt line is
/// reported with its line number and skipped; it stays in the file.
/// </summary>
public static class AuditTrail
{
    public static string PathFor(string repositoryRoot) => Path.Combine(repositoryRoot, RepositoryLocator.ConfigFolder, "logs", "activity.jsonl");

    public static string Serialize(ChangeEvent e)
    {
        var changes = new JArray();
        foreach (var c in e.Changes)
        {
            changes.Add(new JObject { ["field"] = c.Field, ["old"] = c.Old, ["new"] = c.New });
        }

        var json = new JObject
        {
            ["time"] = e.Time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["id"] = e.Id,
            ["action"] = e.Action,
            ["actor"] = e.Actor.Name,
            ["agent"] = e.Actor.IsAgent,
            ["source"] = e.Source,
            ["changes"] = changes,
        };
        if (e.Note is not null)
        {
            json["note"] = e.Note;
        }

        if (e.Forced)
        {
            json["forced"] = true;
        }

        return json.ToString(Formatting.None);
    }

    public static AuditReadResult Read(string path, string? id = null)
    {
        var entries = new List<ChangeEvent>();
        var diagnostics = new List<TrackdownDiagnostic>();
        if (!File.Exists(path))
        {
            return new AuditReadResult(entries, diagnostics);
        }

        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0 || (id is not null && line.IndexOf(id, StringComparison.Ordinal) < 0))
            {
                continue;
            }

            try
            {
                var entry = Parse(line);
                if (id is null || entry.Id == id)
                {
                    entries.Add(entry);
                }
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidCastException or ArgumentException)
            {
                diagnostics.Add(new TrackdownDiagnostic(DiagnosticIds.CorruptActivityLine, DiagnosticSeverity.Warning, path, lineNumber, 1, lineNumber, 1, $"Activity line {lineNumber} is not a valid change record ({ex.Message.TrimEnd('.')}); it is skipped and left in the file. Fix the line by hand or leave it."));
            }
        }

        return new AuditReadResult(entries, diagnostics);
    }

    private static ChangeEvent Parse(string line)
    {
        var json = JObject.Parse(line);
        var time = DateTimeOffset.Parse(Required(json, "time"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var changes = new List<FieldChange>();
        if (json["changes"] is JArray array)
        {
            foreach (var c in array.OfType<JObject>())
            {
                changes.Add(new FieldChange(Required(c, "field"), (string?)c["old"], (string?)c["new"]));
            }
        }

        var actor = new Actor(Required(json, "actor"), (bool?)json["agent"] ?? false);
        return new ChangeEvent(time, Required(json, "id"), Required(json, "action"), changes, actor, (string?)json["source"] ?? "unknown", (string?)json["note"], Array.Empty<string>()) { Forced = (bool?)json["forced"] ?? false };
    }

    private static string Required(JObject json, string key) => (string?)json[key] ?? throw new FormatException($"no '{key}'");
}
