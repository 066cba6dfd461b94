namespace Trackdown.Integrations.Git;

/// <summary>What one commit asks for one task: the status it should move to (null: only referenced), and why.</summary>
public sealed record CommitDecision(string TaskId, string? Status, string Reason);
