using Trackdown.Core.Model;
using Trackdown.Core.Repository;

namespace Trackdown.Core.Generation;

/// <summary>What the generated files need to know besides the tasks; filled from the configuration.</summary>
public sealed record GenerationOptions(string ProjectName, IReadOnlyList<string> Statuses, IReadOnlyCollection<string> ClosedStatuses, long DefaultEpicBudget)
{
    public bool IncludeClosed { get; init; }

    /// <summary>Integration name → enabled (GitHub Issues, Jira, Linear).</summary>
    public IReadOnlyList<KeyValuePair<string, bool>> Integrations { get; init; } = Array.Empty<KeyValuePair<string, bool>>();
}

/// <summary>One epic's roll-up: its items, how many are closed, and token use against its budget.</summary>
public sealed record EpicProgress(TaskItem Epic, IReadOnlyList<TaskItem> Items, int Closed, long Budget, long Used)
{
    public int Percent => Items.Count == 0 ? 0 : (int)(100L * Closed / Items.Count);

    public int BudgetPercent => Budget <= 0 ? 0 : (int)(100L * Used / Budget);
}

/// <summary>
/// The valid tasks, sorted by id, with the roll-ups every generated file shares. Computed once per build so the three
/// renderers agree and nothing is counted twice.
/// </summary>
public sealed class ProjectSnapshot
{
    public ProjectSnapshot(TaskSet set, GenerationOptions options)
    {
        Options = options;
        Items = set.Items.Where(i => i.Type is not null).OrderBy(i => i.Id, IdComparer.Instance).ToList();
        byId = Items.GroupBy(i => i.Id!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        string? EpicOf(TaskItem item) => item.Epic ?? (item.Parent is { } p && byId.TryGetValue(p, out var parent) ? parent.Epic : null);
        Epics = Items.Where(i => i.Type == TaskType.Epic).Select(epic =>
        {
            var members = Items.Where(i => i.Type != TaskType.Epic && EpicOf(i) == epic.Id).ToList();
            var used = (epic.TokenUsageTotal ?? 0) + members.Sum(m => m.TokenUsageTotal ?? 0);
            return new EpicProgress(epic, members, members.Count(IsClosed), epic.TokenBudget ?? options.DefaultEpicBudget, used);
        }).ToList();
        IssueBudgets = Items.Where(i => i.Type == TaskType.Issue && i.TokenBudget is > 0).Select(issue =>
            new IssueBudget(issue, issue.TokenBudget!.Value, (issue.TokenUsageTotal ?? 0) + Items.Where(t => t.Parent == issue.Id && t.Type == TaskType.Task).Sum(t => t.TokenUsageTotal ?? 0))).ToList();
        LastChange = Items.Select(i => i.Updated ?? i.Created).Where(d => d is not null).Max();
    }

    /// <summary>Issues with a <c>token_budget</c> of their own: the issue's usage and its tasks'.</summary>
    public IReadOnlyList<IssueBudget> IssueBudgets { get; }

    private readonly Dictionary<string, TaskItem> byId;

    public GenerationOptions Options { get; }

    public TaskItem? Find(string id) => byId.TryGetValue(id, out var item) ? item : null;

    public IReadOnlyList<TaskItem> Items { get; }

    public IReadOnlyList<EpicProgress> Epics { get; }

    /// <summary>The newest <c>updated</c> among tasks: the only time generated files mention, so rebuilds never differ.</summary>
    public DateTimeOffset? LastChange { get; }

    public bool IsClosed(TaskItem item) => item.Status is { } s && Options.ClosedStatuses.Contains(s);

    public IEnumerable<TaskItem> Open => Items.Where(i => !IsClosed(i));

    public int Count(TaskType type) => Items.Count(i => i.Type == type);
}

/// <summary>An issue's own token budget and what it and its tasks used.</summary>
public sealed record IssueBudget(TaskItem Issue, long Budget, long Used);
