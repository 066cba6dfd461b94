namespace Trackdown.Core.Config;

/// <summary>What a workflow move needs, as the design writes it after <c>from -&gt; to:</c>.</summary>
public enum TransitionRule
{
    /// <summary>No rule: a plain allowed move.</summary>
    None,

    /// <summary><c>auto</c>: the tool makes the move itself when work starts (a branch, a referencing commit, a claim).</summary>
    Auto,

    /// <summary><c>requires_commit</c>: only with a commit that references the item.</summary>
    RequiresCommit,

    /// <summary><c>requires_approval</c>: only after an approval by someone other than the assignee.</summary>
    RequiresApproval,
}

/// <summary>One allowed move of a workflow.</summary>
public sealed record Transition(string From, string To, TransitionRule Rule);
