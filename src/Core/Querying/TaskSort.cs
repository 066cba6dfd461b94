using Trackdown.Core.Model;

namespace Trackdown.Core.Querying;

/// <summary>
/// The order and length of <c>trackdown list</c>: by id (ascending), updated (newest first), priority (critical, high,
/// medium, low, then none) or status (in the workflow's order, unknown statuses last). Ties are always by id, ascending;
/// <see cref="Reverse"/> flips the chosen key only, so equal items keep a stable, readable order. <see cref="Limit"/>
/// applies after sorting.
/// </summary>
public sealed record TaskSort
{
    public const string ById = "id";
    public const string ByUpdated = "updated";
    public const string ByPriority = "priority";
    public const string ByStatus = "status";

    public static readonly IReadOnlyList<string> Keys = new[] { ById, ByUpdated, ByPriority, ByStatus };

    /// <summary>Highest first: the order of <c>--sort priority</c>.</summary>
    public static readonly IReadOnlyList<string> Priorities = new[] { "critical", "high", "medium", "low" };

    public string Key { get; init; } = ById;

    public bool Reverse { get; init; }

    /// <summary>At most this many items; null for all.</summary>
    public int? Limit { get; init; }

    /// <summary>The workflow's statuses in order, for <c>--sort status</c>.</summary>
    public IReadOnlyList<string> Statuses { get; init; } = Array.Empty<string>();

    public IReadOnlyList<TaskItem> Apply(IEnumerable<TaskItem> items)
    {
        if (Limit is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Limit), Limit, "The limit cannot be negative.");
        }

        if (!Keys.Contains(Key))
        {
            throw new ArgumentException($"'{Key}' is not a sort key; use {string.Join(", ", Keys)}.", nameof(Key));
        }

        var sorted = items.OrderBy(i => i, Comparer<TaskItem>.Create(Compare)).ToList();
        return Limit is { } limit && limit < sorted.Count ? sorted.GetRange(0, limit) : sorted;
    }

    private int Compare(TaskItem x, TaskItem y)
    {
        var primary = Key switch
        {
            ById => IdComparer.Instance.Compare(x.Id, y.Id),
            ByUpdated => NewestFirst(x.Updated ?? x.Created, y.Updated ?? y.Created),
            ByPriority => Rank(Priorities, x.Priority).CompareTo(Rank(Priorities, y.Priority)),
            ByStatus => Rank(Statuses, x.Status).CompareTo(Rank(Statuses, y.Status)),
            _ => 0, // unreachable: Apply checked the key
        };
        return primary != 0 ? (Reverse ? -primary : primary) : IdComparer.Instance.Compare(x.Id, y.Id);
    }

    /// <summary>Newest first; an item with no date (never updated nor created) after every dated one.</summary>
    private static int NewestFirst(DateTimeOffset? x, DateTimeOffset? y)
        => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => y!.Value.CompareTo(x!.Value),
        };

    private static int Rank(IReadOnlyList<string> order, string? value)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (string.Equals(order[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return order.Count;
    }
}
