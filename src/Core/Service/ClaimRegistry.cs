using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Trackdown.Core.Service;

/// <summary>Who holds an item and since when, and from which working tree.</summary>
public sealed record ClaimHolder(Actor Holder, DateTimeOffset Since, string WorkTree);

/// <summary>
/// Claims that every worktree of a repository sees: one small file per claimed item in the shared state directory
/// (git's common dir), read and written only under the repository lock. The item's <c>assignee</c> says who works on
/// it in this checkout; the registry stops a second worktree's agent from claiming the same item on another branch.
/// </summary>
internal sealed class ClaimRegistry(string sharedStateDirectory)
{
    public string PathFor(string id) => Path.Combine(sharedStateDirectory, "claims", id + ".json");

    public ClaimHolder? Find(string id)
    {
        var path = PathFor(id);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var json = JObject.Parse(File.ReadAllText(path));
            var actor = new Actor((string?)json["holder"] ?? "unknown", (bool?)json["agent"] ?? false);
            var since = DateTimeOffset.Parse((string?)json["since"] ?? "1970-01-01T00:00:00Z", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            return new ClaimHolder(actor, since, (string?)json["worktree"] ?? string.Empty);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null; // a torn or hand-edited claim file holds nothing; the next claim rewrites it
        }
    }

    /// <summary>The claim file's text; the service writes it in the operation's change set.</summary>
    public string Serialize(Actor holder, DateTimeOffset since, string workTree)
        => new JObject
        {
            ["holder"] = holder.Name,
            ["agent"] = holder.IsAgent,
            ["since"] = since.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["worktree"] = workTree,
        }.ToString(Newtonsoft.Json.Formatting.None);
}
