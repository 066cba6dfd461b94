namespace Trackdown.Core.Config;

/// <summary>
/// <c>.ai-trackdown/config.yaml</c>, typed. Every key has a default (the original ai-trackdown design's), so a missing
/// file, or a broken key, still leaves a usable configuration.
/// </summary>
public sealed record TrackdownConfig
{
    public static readonly TrackdownConfig Default = new();

    public ProjectSettings Project { get; init; } = new();

    public FormatSettings Formats { get; init; } = new();

    public SyncSettings Sync { get; init; } = new();

    public AiSettings Ai { get; init; } = new();

    public GitSettings Git { get; init; } = new();

    public WorkflowSettings Workflows { get; init; } = new();

    public AutomationSettings Automation { get; init; } = new();
}

public sealed record ProjectSettings
{
    /// <summary>Shown in llms.txt and TASKTRACK.md; null means the repository folder's name.</summary>
    public string? Name { get; init; }

    /// <summary>Put before the type word in new ids: <c>ACME-</c> gives <c>ACME-ISSUE-001</c>.</summary>
    public string IdPrefix { get; init; } = string.Empty;

    public long DefaultEpicBudget { get; init; } = 100_000;

    public string Timezone { get; init; } = "UTC";
}

public sealed record FormatSettings
{
    /// <summary>A regular expression every id must match; null derives it from <c>project.id_prefix</c>.</summary>
    public string? IdPatternOverride { get; init; }

    public string IdPrefix { get; init; } = string.Empty;

    public string IdPattern => IdPatternOverride ?? "^" + System.Text.RegularExpressions.Regex.Escape(IdPrefix) + "(EPIC|ISSUE|TASK)-[0-9]{3,}$";

    public string BranchPattern { get; init; } = "{type}/{id}-{slug}";
}

public sealed record SyncProvider
{
    public bool Enabled { get; init; }

    /// <summary>GitHub <c>owner/repo</c>, Jira or Linear URL, or project key, per provider.</summary>
    public string? Target { get; init; }

    public string AuthMethod { get; init; } = "env";

    public IReadOnlyDictionary<string, string> FieldMapping { get; init; } = new Dictionary<string, string>();
}

public sealed record SyncSettings
{
    public SyncProvider Github { get; init; } = new();

    public SyncProvider Jira { get; init; } = new();

    public SyncProvider Linear { get; init; } = new();
}

public sealed record LlmsTxtSettings
{
    public bool AutoGenerate { get; init; } = true;

    public bool IncludeClosed { get; init; }

    public int ContextDepth { get; init; } = 2;

    public int MaxTokens { get; init; } = 2000;
}

public sealed record ProviderCost(string Model, double CostPer1kInput, double CostPer1kOutput);

public sealed record TokenTrackingSettings
{
    public bool Enabled { get; init; } = true;

    public bool RequireAgentId { get; init; }

    /// <summary>0 means no monthly budget.</summary>
    public long MonthlyBudget { get; init; }

    public double WarnThreshold { get; init; } = 0.8;

    public IReadOnlyDictionary<string, ProviderCost> Providers { get; init; } = new Dictionary<string, ProviderCost>(StringComparer.Ordinal)
    {
        ["claude"] = new("claude-3.5-sonnet", 0.003, 0.015),
        ["gpt4"] = new("gpt-4", 0.03, 0.06),
        ["copilot"] = new("copilot", 0, 0),
    };
}

public sealed record AiSettings
{
    public LlmsTxtSettings LlmsTxt { get; init; } = new();

    public TokenTrackingSettings TokenTracking { get; init; } = new();

    /// <summary>Agent name → what the agent may do (<c>ai.agents.NAME</c>).</summary>
    public IReadOnlyDictionary<string, AgentSettings> Agents { get; init; } = new Dictionary<string, AgentSettings>(StringComparer.Ordinal)
    {
        ["claude"] = new() { MaxTokensPerTask = 50_000 },
        ["gpt4"] = new() { MaxTokensPerTask = 30_000 },
    };
}

public sealed record GitSettings
{
    public bool AutoStage { get; init; } = true;

    public bool PostCommitHook { get; init; } = true;

    public bool PrePushHook { get; init; } = true;

    public string CommitTaskRef { get; init; } = @"\b((?:EPIC|ISSUE|TASK)-\d{3,})\b";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> StatusKeywords { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["in_progress"] = new[] { "start", "starts", "started", "wip" },
        ["in_review"] = new[] { "review", "fix", "fixes", "fixed" },
        ["done"] = new[] { "close", "closes", "closed", "resolve", "resolves", "resolved", "complete", "completes", "completed", "done" },
    };
}

public sealed record Workflow
{
    public IReadOnlyList<string> Statuses { get; init; } = new[] { "todo", "in-progress", "in-review", "done", "blocked" };

    /// <summary>Every allowed move, one target each; a move not listed is refused unless forced.</summary>
    public IReadOnlyList<Transition> Transitions { get; init; } = Expand(
        ("todo", new[] { "in-progress", "blocked", "done" }),
        ("in-progress", new[] { "in-review", "blocked", "todo", "done" }),
        ("in-review", new[] { "done", "in-progress" }),
        ("done", new[] { "in-progress" }),
        ("blocked", new[] { "todo", "in-progress" }));

    /// <summary>Statuses that count as finished for progress and "open" lists.</summary>
    public IReadOnlyList<string> Closed { get; init; } = new[] { "done" };

    public IReadOnlyList<string> AllowedTargets(string from)
        => Transitions.Where(t => t.From == from).Select(t => t.To).Distinct().ToList();

    /// <summary>The rule of the move <paramref name="from"/> → <paramref name="to"/>; null when the workflow does not allow it.</summary>
    public TransitionRule? RuleFor(string from, string to)
        => Transitions.FirstOrDefault(t => t.From == from && t.To == to)?.Rule;

    public bool IsClosed(string? status) => status is not null && Closed.Contains(status);

    private static IReadOnlyList<Transition> Expand(params (string From, string[] To)[] moves)
        => moves.SelectMany(m => m.To.Select(to => new Transition(m.From, to, TransitionRule.None))).ToList();
}

public sealed record WorkflowSettings
{
    public Workflow Default { get; init; } = new();
}

public sealed record AutomationSettings
{
    public IReadOnlyList<AutomationRule> Rules { get; init; } = new[]
    {
        new AutomationRule { Name = "conventional-fix-to-review", Trigger = AutomationTrigger.Commit, Pattern = @"^fix\(", Action = AutomationAction.UpdateStatus, Status = "in-review" },
    };
}
