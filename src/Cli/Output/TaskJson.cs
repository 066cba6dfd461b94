using Trackdown.Core.Model;
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
