using Trackdown.Core.Generation;
using Trackdown.Core.Model;
using Trackdown.Core.Repository;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Querying;

/// <summary>Token use recorded in a task's frontmatter (<c>token_usage.total</c> and <c>token_usage.by_agent</c>).</summary>
public sealed record TokenUsage(long Total, IReadOnlyList<KeyValuePair<string, long>> ByAgent);

/// <summary>How many of an epic's items are in one of the workflow's closed statuses.</summary>
public sealed record Progress(int Closed, int Total)
{
    public int Percent => Total == 0 ? 0 : (int)(100L * Closed / Total);
}

/// <summary>
/// What <c>show</c> adds to a task's own fields: its children (an epic's issues and tasks, an issue's tasks, in id
/// order), its token usage, and for an epic its progress. Epic membership and closed statuses are the generated files'
/// (<see cref="ProjectSnapshot"/>), so show and TASKTRACK.md never disagree.
/// </summary>
public sealed record TaskOverview(TaskItem Item, IReadOnlyList<TaskItem> Children, TokenUsage? Usage, Progress? Progress)
{
    public static TaskOverview For(TaskItem item, TaskSet set, GenerationOptions options)
    {
        IReadOnlyList<TaskItem> children;
        Progress? progress = null;
        if (item.Type == TaskType.Epic)
        {
            var epic = new ProjectSnapshot(set, options).Epics.FirstOrDefault(e => e.Epic.Id == item.Id);
            children = epic?.Items ?? Array.Empty<TaskItem>();
            progress = new Progress(epic?.Closed ?? 0, children.Count);
        }
        else
        {
            children = set.Items.Where(i => i.Parent == item.Id && i.Id != item.Id).OrderBy(i => i.Id, IdComparer.Instance).ToList();
        }

        return new TaskOverview(item, children, UsageOf(item), progress);
    }

    /// <summary>The recorded usage; null when the task has none. Reads the file's frontmatter (by_agent is not cached).</summary>
    public static TokenUsage? UsageOf(TaskItem item)
    {
        if (item.Document.Frontmatter?["token_usage"] is not YamlMapping usage)
        {
            return item.TokenUsageTotal is { } cachedTotal ? new TokenUsage(cachedTotal, Array.Empty<KeyValuePair<string, long>>()) : null;
        }

        var byAgent = new List<KeyValuePair<string, long>>();
        if (usage["by_agent"] is YamlMapping agents)
        {
            foreach (var entry in agents.Entries)
            {
                if (TaskItem.Integer(entry.Value) is { } tokens)
                {
                    byAgent.Add(new KeyValuePair<string, long>(entry.Key.Value, tokens));
                }
            }
        }

        return new TokenUsage(TaskItem.Integer(usage["total"]) ?? byAgent.Sum(a => a.Value), byAgent.OrderBy(a => a.Key, StringComparer.Ordinal).ToList());
    }
}
