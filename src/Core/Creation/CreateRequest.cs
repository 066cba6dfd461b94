using Trackdown.Core.Model;

namespace Trackdown.Core.Creation;

/// <summary>What <c>trackdown create</c> was asked for. Null fields are left out of the new file.</summary>
public sealed record CreateRequest(TaskType Type, string Title)
{
    public string? Status { get; init; }

    public string? Epic { get; init; }

    public string? Parent { get; init; }

    public string? Assignee { get; init; }

    public string? Priority { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = Array.Empty<string>();

    public IReadOnlyList<string> DependsOn { get; init; } = Array.Empty<string>();

    public double? Estimate { get; init; }

    public long? TokenBudget { get; init; }
}

/// <summary>The task that was written: its id and full path.</summary>
public sealed record CreatedTask(string Id, string FilePath);

/// <summary>A request that cannot be carried out as given (unknown epic, wrong parent type…); nothing was written.</summary>
public sealed class TaskRequestException(string message) : Exception(message);
