using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Trackdown.Core.Diagnostics;
using Trackdown.Core.Editing;
using Trackdown.Core.Model;
using Trackdown.Core.Parsing;
using Trackdown.Core.Repository;

namespace Trackdown.Core.Service;

/// <summary>One comment on an item. <see cref="Remote"/> holds the ids sync providers gave it (provider → id).</summary>
public sealed record Comment(string Id, string TaskId, string Author, bool ByAgent, DateTimeOffset Created, string Body, string FilePath, IReadOnlyDictionary<string, string> Remote);

/// <summary>What reading an item's comments found, oldest first, and the comment files that could not be read.</summary>
public sealed record CommentReadResult(IReadOnlyList<Comment> Comments, IReadOnlyList<TrackdownDiagnostic> Diagnostics);

/// <summary>
/// Comments are files of their own, <c>.ai-trackdown/comments/ITEM-ID/yyyyMMddTHHmmssZ-xxxxxx.md</c>: markdown with a
/// small frontmatter (id, task, author, created, remote ids). A file per comment means two branches that each add one
/// merge without a conflict, a comment is never rewritten when its item changes, and sync can tie each one to its remote
/// copy by id so nothing is posted twice. They live outside <c>tasks/</c>, so the build never mistakes one for a task.
/// </summary>
public static class CommentStore
{
    public static string DirectoryFor(string repositoryRoot, string taskId) => Path.Combine(repositoryRoot, RepositoryLocator.ConfigFolder, "comments", taskId);

    /// <summary>A new comment's path and file text; the caller writes it (exclusively) in its change set.</summary>
    public static (Comment Comment, string Text) New(string repositoryRoot, string taskId, Actor author, DateTimeOffset now, string body, string stamp)
    {
        var suffix = RandomSuffix();
        var id = now.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + suffix;
        var path = Path.Combine(DirectoryFor(repositoryRoot, taskId), id + ".md");
        var text = new StringBuilder()
            .Append("---\n")
            .Append("id: ").Append(YamlScalarWriter.Write(id)).Append('\n')
            .Append("task: ").Append(YamlScalarWriter.Write(taskId)).Append('\n')
            .Append("author: ").Append(YamlScalarWriter.Write(author.Name)).Append('\n')
            .Append(author.IsAgent ? "agent: true\n" : string.Empty)
            .Append("created: ").Append(YamlScalarWriter.Write(stamp)).Append('\n')
            .Append("---\n")
            .Append(body.Replace("\r\n", "\n").TrimEnd('\n')).Append('\n')
            .ToString();
        var created = DateTimeOffset.Parse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return (new Comment(id, taskId, author.Name, author.IsAgent, created, body.Trim(), path, new Dictionary<string, string>()), text);
    }

    public static CommentReadResult Read(string repositoryRoot, string taskId)
    {
        var directory = DirectoryFor(repositoryRoot, taskId);
        var comments = new List<Comment>();
        var diagnostics = new List<TrackdownDiagnostic>();
        if (!Directory.Exists(directory))
        {
            return new CommentReadResult(comments, diagnostics);
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.md").OrderBy(f => f, StringComparer.Ordinal))
        {
            var doc = TaskFileParser.ReadFile(file);
            var map = doc.Frontmatter;
            if (!doc.IsEditable || map is null)
            {
                diagnostics.AddRange(doc.Diagnostics.Where(d => d.IsError));
                continue;
            }

            var created = TaskItem.Date(map["created"]);
            if (created is null || TaskItem.Text(map["author"]) is not { } author)
            {
                diagnostics.Add(new TrackdownDiagnostic(DiagnosticIds.SchemaViolation, DiagnosticSeverity.Error, file, 1, 1, 1, 1, "A comment needs 'author' and an ISO 8601 'created'. Add the missing key or remove the file."));
                continue;
            }

            var remote = new Dictionary<string, string>(StringComparer.Ordinal);
            if (map["remote"] is Yaml.YamlMapping ids)
            {
                foreach (var entry in ids.Entries)
                {
                    if (TaskItem.Text(entry.Value) is { } value)
                    {
                        remote[entry.Key.Value] = value;
                    }
                }
            }

            var agent = TaskItem.Text(map["agent"]) == "true";
            comments.Add(new Comment(TaskItem.Text(map["id"]) ?? Path.GetFileNameWithoutExtension(file), taskId, author, agent, created.Value, doc.Body.Trim(), file, remote));
        }

        comments.Sort((a, b) => a.Created != b.Created ? a.Created.CompareTo(b.Created) : string.CompareOrdinal(a.Id, b.Id));
        return new CommentReadResult(comments, diagnostics);
    }

    private static string RandomSuffix()
    {
        var bytes = new byte[3];
        using (var rng = RandomNumberGenerator.Create())
        {
            rng.GetBytes(bytes);
        }

        return string.Concat(bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }
}
