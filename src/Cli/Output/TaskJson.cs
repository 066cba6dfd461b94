using Trackdown.Core.Model;
using Trackdown.Core.Querying;
using Trackdown.Core.Repository;

namespace Trackdown.Cli.Output;

/// <summary>The JSON shape of a task. Field names are part of the CLI contract: add, never rename.</summary>
internal sealed record TaskJson(
    string Id,
    string? Type,
    string? Title,
    string? Status,
    string? Epic,
    string? Parent,
    IReadOnlyList<string> DependsOn,
    string? Assignee,
    string? Priority,
    IReadOnlyList<string> Labels,
    double? Estimate,
    long? TokenBudget,
    long? TokenUsage,
    DateTimeOffset? Created,
    DateTimeOffset? Updated,
    string Path,
    string? Body)
{
    /// <summary>show only: an epic's issues and tasks, an issue's tasks.</summary>
    public IReadOnlyList<ChildJson>? Children { get; init; }

    /// <summary>Comments, oldest first (show only).</summary>
    public IReadOnlyList<CommentJson>? Comments { get; init; }

    /// <summary>show only: <c>token_usage.by_agent</c> from the frontmatter.</summary>
    public IReadOnlyDictionary<string, long>? TokenUsageByAgent { get; init; }

    /// <summary>show only, epics: closed children of all children.</summary>
    public ProgressJson? Progress { get; init; }

    /// <summary>The shape of <c>show --json</c>: the task with its children, usage by agent and progress.</summary>
    public static TaskJson From(TaskOverview overview, TrackdownWorkspace workspace) => From(overview.Item, workspace, includeBody: true) with
    {
        TokenUsage = overview.Usage?.Total ?? overview.Item.TokenUsageTotal,
        Children = overview.Children.Select(c => new ChildJson(c.Id!, c.TypeName, c.Title, c.Status)).ToList(),
        TokenUsageByAgent = overview.Usage?.ByAgent.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
        Progress = overview.Progress is { } p ? new ProgressJson(p.Closed, p.Total, p.Percent) : null,
    };

    public static TaskJson From(TaskItem item, TrackdownWorkspace workspace, bool includeBody = false) => new(
        item.Id!,
        item.TypeName,
        item.Title,
        item.Status,
        item.Epic,
        item.Parent,
        item.DependsOn,
        item.Assignee,
        item.Priority,
        item.Labels,
        item.Estimate,
        item.TokenBudget,
        item.TokenUsageTotal,
        item.Created,
        item.Updated,
        workspace.Relative(item.FilePath),
        includeBody ? item.Body : null);
}

/// <summary>A child in <c>show --json</c>.</summary>
internal sealed record ChildJson(string Id, string? Type, string? Title, string? Status);

/// <summary>An epic's progress in <c>show --json</c>.</summary>
internal sealed record ProgressJson(int Closed, int Total, int Percent);

/// <summary>One comment in <c>show --json</c>.</summary>
internal sealed record CommentJson(string Id, string Author, bool Agent, DateTimeOffset Created, string Body);
