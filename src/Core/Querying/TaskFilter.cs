using Trackdown.Core.Model;

namespace Trackdown.Core.Querying;

/// <summary>The filters of <c>trackdown list</c>. Every given filter must match; lists within a filter are alternatives.</summary>
public sealed record TaskFilter
{
    public IReadOnlyList<string> Statuses { get; init; } = Array.Empty<string>();

    public IReadOnlyList<TaskType> Types { get; init; } = Array.Empty<TaskType>();

    public string? Assignee { get; init; }

    public string? Label { get; init; }

    public string? Priority { get; init; }

    /// <summary>Items of this epic: issues and tasks whose <c>epic</c> is it, and tasks of its issues.</summary>
    public string? Epic { get; init; }

    public string? Parent { get; init; }

    public bool Matches(TaskItem item, Func<string, TaskItem?> find)
    {
        return (Statuses.Count == 0 || (item.Status is { } s && Statuses.Contains(s)))
            && (Types.Count == 0 || (item.Type is { } t && Types.Contains(t)))
            && (Assignee is null || SameAssignee(item.Assignee, Assignee))
            && (Label is null || item.Labels.Contains(Label))
            && (Priority is null || item.Priority == Priority)
            && (Parent is null || item.Parent == Parent)
            && (Epic is null || item.Epic == Epic || (item.Parent is { } p && find(p)?.Epic == Epic));
    }

    public IEnumerable<TaskItem> Apply(IEnumerable<TaskItem> items, Func<string, TaskItem?> find)
        => items.Where(i => Matches(i, find)).OrderBy(i => i.Id, IdComparer.Instance);

    /// <summary>'@alice', 'alice' and 'Alice' name the same person.</summary>
    public static bool SameAssignee(string? actual, string wanted)
        => actual is not null && string.Equals(actual.TrimStart('@'), wanted.TrimStart('@'), StringComparison.OrdinalIgnoreCase);
}
