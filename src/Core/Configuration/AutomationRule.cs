namespace Trackdown.Core.Config;

/// <summary>When an automation rule fires (<c>automation.rules[].trigger</c>).</summary>
public enum AutomationTrigger
{
    Commit,
    StatusChange,
    TokenUsage,
    Created,
}

/// <summary>What an automation rule does (<c>automation.rules[].action</c>).</summary>
public enum AutomationAction
{
    /// <summary><c>update_status</c> to <see cref="AutomationRule.Status"/>.</summary>
    UpdateStatus,

    /// <summary><c>alert</c> on <see cref="AutomationRule.Channels"/>.</summary>
    Alert,

    /// <summary><c>assign</c> to <see cref="AutomationRule.Assignee"/>.</summary>
    Assign,

    /// <summary><c>add_label</c> <see cref="AutomationRule.Label"/>.</summary>
    AddLabel,
}

/// <summary>One entry of <c>automation.rules</c>. The binder guarantees the field its action needs is set.</summary>
public sealed record AutomationRule
{
    public string Name { get; init; } = string.Empty;

    public AutomationTrigger Trigger { get; init; } = AutomationTrigger.Commit;

    /// <summary>How rule patterns are compiled: <c>^</c> and <c>$</c> match at each line of a commit message.</summary>
    public const System.Text.RegularExpressions.RegexOptions PatternOptions = System.Text.RegularExpressions.RegexOptions.Multiline;

    /// <summary>A .NET regex whose first group, if any, is the id; null for rules without one (e.g. token_usage).</summary>
    public ConfigPattern? Pattern { get; init; }

    public AutomationAction Action { get; init; } = AutomationAction.UpdateStatus;

    /// <summary>The status of <c>update_status</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The share of a budget (0.9 = 90 %) at which a <c>token_usage</c> rule fires.</summary>
    public double? Threshold { get; init; }

    /// <summary>The channels of <c>alert</c>.</summary>
    public IReadOnlyList<string> Channels { get; init; } = Array.Empty<string>();

    /// <summary>The handle of <c>assign</c>.</summary>
    public string? Assignee { get; init; }

    /// <summary>The label of <c>add_label</c>.</summary>
    public string? Label { get; init; }
}
