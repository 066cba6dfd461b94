namespace Trackdown.Core.Updating;

/// <summary>The changes <c>trackdown update</c> asks for; null means "leave as is".</summary>
public sealed record TaskUpdate
{
    public string? Status { get; init; }

    public string? Assignee { get; init; }

    public string? Title { get; init; }

    public string? Priority { get; init; }

    public double? Estimate { get; init; }

    public IReadOnlyList<string> AddLabels { get; init; } = Array.Empty<string>();

    public IReadOnlyList<string> RemoveLabels { get; init; } = Array.Empty<string>();

    /// <summary>Apply a status change the workflow does not list.</summary>
    public bool Force { get; init; }

    /// <summary>The change comes from a commit that references the task, which satisfies <c>requires_commit</c>.</summary>
    public bool ViaCommit { get; init; }
}

/// <summary>The outcome: the new file text (null when nothing changed) and notes for the user.</summary>
public sealed record UpdateResult(string? NewText, IReadOnlyList<string> Changes, string? ForcedTransition);
