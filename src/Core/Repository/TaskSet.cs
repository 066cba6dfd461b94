using Trackdown.Core.Model;
using Trackdown.Core.Parsing;

namespace Trackdown.Core.Repository;

/// <summary>All task files of a repository. Loading reads and parses files in parallel.</summary>
public sealed class TaskSet
{
    private readonly Dictionary<string, TaskItem> byId;
    private readonly IReadOnlyList<TaskDocument> withoutItem;
    private IReadOnlyList<TaskDocument>? documents;

    public TaskSet(IReadOnlyList<TaskDocument> documents)
        : this(documents.Where(d => d.Item?.Id is not null).Select(d => d.Item!).ToList(), documents.Where(d => d.Item?.Id is null).ToList())
    {
        this.documents = documents;
    }

    private TaskSet(IReadOnlyList<TaskItem> items, IReadOnlyList<TaskDocument> withoutItem)
    {
        Items = items;
        this.withoutItem = withoutItem;
        byId = new Dictionary<string, TaskItem>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!byId.ContainsKey(item.Id!))
            {
                byId.Add(item.Id!, item);
            }
        }
    }

    /// <summary>Every file, parseable or not, in ordinal path order. For a cached set this parses every file.</summary>
    public IReadOnlyList<TaskDocument> Documents => documents ??= Items.Select(i => i.Document).Concat(withoutItem).OrderBy(d => d.FilePath, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The files that gave no item (they did not parse, or have no id), with their diagnostics, in path order. Read
    /// commands name them so a broken file is never silently left out; a cached set parses only these and the misses.
    /// </summary>
    public IReadOnlyList<TaskDocument> Unparsed => withoutItem;

    /// <summary>Every item that has an id, in path order.</summary>
    public IReadOnlyList<TaskItem> Items { get; }

    public TaskItem? Find(string id) => byId.TryGetValue(id, out var item) ? item : null;

    /// <summary>The same set with <paramref name="document"/> in place of the file at its path (or added): what a change would leave.</summary>
    public TaskSet With(TaskDocument document)
    {
        var items = Items.Where(i => !string.Equals(i.FilePath, document.FilePath, StringComparison.Ordinal)).ToList();
        var rest = withoutItem.Where(d => !string.Equals(d.FilePath, document.FilePath, StringComparison.Ordinal)).ToList();
        if (document.Item?.Id is not null)
        {
            items.Add(document.Item);
        }
        else
        {
            rest.Add(document);
        }

        return new TaskSet(items, rest);
    }

    /// <summary>The same set without the file at <paramref name="filePath"/>.</summary>
    public TaskSet Without(string filePath)
        => new(Items.Where(i => !string.Equals(i.FilePath, filePath, StringComparison.Ordinal)).ToList(), withoutItem.Where(d => !string.Equals(d.FilePath, filePath, StringComparison.Ordinal)).ToList());

    public static TaskSet Load(string tasksDirectory) => Load(TaskFileEnumerator.Enumerate(tasksDirectory));

    /// <summary>Loads exactly these files (the build passes its items), in parallel, in ordinal path order.</summary>
    public static TaskSet Load(IReadOnlyList<string> paths)
    {
        var files = paths.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
        var documents = new TaskDocument[files.Count];
        Parallel.For(0, files.Count, i => documents[i] = TaskFileParser.ReadFile(files[i]));
        return new TaskSet(documents);
    }

    /// <summary>
    /// Loads through the read cache: files whose path, size and modification time match a cache entry are not parsed.
    /// A missing, stale or corrupt cache is rebuilt silently and never changes what is returned.
    /// </summary>
    public static TaskSet LoadCached(string tasksDirectory, string cacheFile)
    {
        var files = TaskFileEnumerator.EnumerateWithInfo(tasksDirectory);
        var cache = TaskCache.Read(cacheFile);
        var items = new TaskItem?[files.Count];
        var parsed = new TaskDocument?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            if (cache.TryGetValue(file.FullName, out var entry) && TaskCache.Matches(entry, file))
            {
                items[i] = TaskItem.FromCache(file.FullName, entry.Fields);
            }
            else
            {
                parsed[i] = TaskFileParser.ReadFile(file.FullName);
                items[i] = parsed[i]!.Item?.Id is not null ? parsed[i]!.Item : null;
            }
        });

        var misses = parsed.Count(p => p is not null);
        if (misses > 0 || cache.Count != files.Count)
        {
            TaskCache.TryWrite(cacheFile, files, items, parsed);
        }

        return new TaskSet(items.Where(i => i is not null).ToList()!, parsed.Where(p => p is not null && p.Item?.Id is null).ToList()!);
    }
}
