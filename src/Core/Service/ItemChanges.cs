namespace Trackdown.Core.Service;

/// <summary>
/// The field changes one update asks for. Null leaves a field as it is; an empty string (or an empty list for
/// <see cref="DependsOn"/>) removes the key. Every change is checked against the workflow, the schema and the task
/// graph before anything is written.
/// </summary>
public sealed record ItemChanges
{
    public string? Title { get; init; }

    public string? Status { get; init; }

    public string? Assignee { get; init; }

    public string? Priority { get; init; }

    public double? Estimate { get; init; }

    public string? Epic { get; init; }

    public string? Parent { get; init; }

    public IReadOnlyList<string>? DependsOn { get; init; }

    public long? TokenBudget { get; init; }

    public IReadOnlyList<string> AddLabels { get; init; } = Array.Empty<string>();

    public IReadOnlyList<string> RemoveLabels { get; init; } = Array.Empty<string>();

    /// <summary>Make a status move the workflow refuses; the audit trail records what was overridden.</summary>
    public bool Force { get; init; }

    /// <summary>The caller commits this change with a message that names the item, which satisfies <c>requires_commit</c>.</summary>
    public bool ViaCommit { get; init; }

    /// <summary>Why, for the audit trail (e.g. <c>close --reason</c>).</summary>
    public string? Reason { get; init; }
}

/// <summary>What <c>create</c> asks for. Null fields are left out of the new file.</summary>
public sealed record CreateRequest(Model.TaskType Type, string Title)
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

/// <summary>One use of tokens by an agent on a task, as <c>tokens add</c> records it.</summary>
public sealed record TokenUse(string? Agent, long Input, long Output)
{
    public string? Model { get; init; }

    public string? Operation { get; init; }
}

/// <summary>
/// The outcome of one operation: every change event it raised (none: nothing needed changing), the main item's id and
/// file, and warnings from subscribers that could not do their part (the change itself stands).
/// </summary>
public sealed record ChangeResult(string Id, string? FilePath, IReadOnlyList<ChangeEvent> Events, IReadOnlyList<string> Warnings)
{
    public bool Changed => Events.Count > 0;

    /// <summary>The main item's event, when it changed.</summary>
    public ChangeEvent? Event => Events.FirstOrDefault(e => e.Id == Id);
}
