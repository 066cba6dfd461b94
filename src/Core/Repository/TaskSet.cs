using Trackdown.Core.Model;
using Trackdown.Core.Parsing;

namespace Trackdown.Core.Repository;

/// <summary>All task files of a repository, parsed. Loading reads and parses files in parallel.</summary>
public sealed class TaskSet
{
    private readonly Dictionary<string, TaskItem> byId;

    public TaskSet(IReadOnlyList<TaskDocument> documents)
    {
        Documents = documents;
        byId = new Dictionary<string, TaskItem>(documents.Count, StringComparer.Ordinal);
        var items = new List<TaskItem>(documents.Count);
        foreach (var doc in documents)
        {
            if (doc.Item is { Id: { } id } item)
            {
                items.Add(item);
                if (!byId.ContainsKey(id))
                {
                    byId.Add(id, item);
                }
            }
        }

        Items = items;
    }

    /// <summary>Every file, parseable or not, in ordinal path order.</summary>
    public IReadOnlyList<TaskDocument> Documents { get; }

    /// <summary>Every parsed item that has an id, in path order.</summary>
    public IReadOnlyList<TaskItem> Items { get; }

    public TaskItem? Find(string id) => byId.TryGetValue(id, out var item) ? item : null;

    public static TaskSet Load(string tasksDirectory) => Load(TaskFileEnumerator.Enumerate(tasksDirectory));

    /// <summary>Loads exactly these files (the build passes its items), in parallel, in ordinal path order.</summary>
    public static TaskSet Load(IReadOnlyList<string> paths)
    {
        var files = paths.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
        var documents = new TaskDocument[files.Count];
        Parallel.For(0, files.Count, i => documents[i] = TaskFileParser.ReadFile(files[i]));
        return new TaskSet(documents);
    }
}
