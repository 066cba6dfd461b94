using Trackdown.Core.Model;

namespace Trackdown.Core.Config;

/// <summary>
/// <c>.ai-trackdown/config.yaml</c>, typed. Every key has a default (the original ai-trackdown design's), so a missing
/// file, or a broken key, still leaves a usable configuration.
/// </summary>
public sealed record TrackdownConfig
{
    /// <summary>The config format this tool reads (<c>version</c>).</summary>
    public const int CurrentVersion = 1;

    public static readonly TrackdownConfig Default = new();

    public int Version { get; init; } = CurrentVersion;

    public ProjectSettings Project { get; init; } = new();

    public FormatSettings Formats { get; init; } = new();

    public SyncSettings Sync { get; init; } = new();

    public AiSettings Ai { get; init; } = new();

    public GitSettings Git { get; init; } = new();

    public WorkflowSettings Workflows { get; init; } = new();

    public AutomationSettings Automation { get; init; } = new();

    /// <summary>How ids are made and recognised (<c>project.id_prefix</c>, <c>formats.id_pattern</c>).</summary>
    public IdScheme Ids => Formats.Ids;

    /// <summary>
    /// The task ids a commit message names, by <c>git.patterns.commit_task_ref</c> (default: the id scheme's own).
    /// Throws <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/> when the pattern runs too long:
    /// report <see cref="ConfigPattern.TimedOut"/> of <see cref="GitSettings.CommitTaskRef"/>.
    /// </summary>
    public IReadOnlyList<string> FindTaskRefs(string text) => Ids.FindIds(text, Git.CommitTaskRef?.Regex);
}

public sealed record ProjectSettings
{
    /// <summary>Shown in llms.txt and TASKTRACK.md; null means the repository folder's name.</summary>
    public string? Name { get; init; }

    /// <summary>Written where <c>formats.id_pattern</c> has <c>{prefix}</c>: <c>ACME-</c> gives <c>ACME-ISSUE-001</c> by default.</summary>
    public string IdPrefix { get; init; } = string.Empty;

    public long DefaultEpicBudget { get; init; } = 100_000;

    /// <summary>The IANA or Windows id as written.</summary>
    public string Timezone { get; init; } = "UTC";

    /// <summary>Decides "today", "this week" and "this month" in reports and budgets, and the offset of written timestamps.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
}

public sealed record FormatSettings
{
    /// <summary>The <c>formats.id_pattern</c> template; see <see cref="IdScheme"/>.</summary>
    public string IdPattern { get; init; } = IdScheme.DefaultTemplate;

    /// <summary>Copied from <c>project.id_prefix</c> by the loader.</summary>
    public string IdPrefix { get; init; } = string.Empty;

    /// <summary>Built by the loader from <see cref="IdPrefix"/> and <see cref="IdPattern"/>.</summary>
    public IdScheme Ids { get; init; } = IdScheme.Default;

    /// <summary>The <c>formats.date</c> pattern of every timestamp the tool writes; reading accepts any ISO 8601.</summary>
    public TimestampFormat Date { get; init; } = TimestampFormat.Default;

    /// <summary>Copied from <c>project.timezone</c> by the loader.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    public string BranchPattern { get; init; } = "{type}/{id}-{slug}";

    /// <summary>Every timestamp the tool writes (created, updated, approvals, comments): in the project's zone, per <c>formats.date</c>.</summary>
    public string FormatTimestamp(DateTimeOffset time) => Date.Format(TimeZoneInfo.ConvertTime(time, TimeZone));
}

public sealed record LlmsTxtSettings
{
    public bool AutoGenerate { get; init; } = true;

    public bool IncludeClosed { get; init; }

    public int ContextDepth { get; init; } = 2;

    public int MaxTokens { get; init; } = 2000;

    public LlmsTxtUpdateFrequency UpdateFrequency { get; init; } = LlmsTxtUpdateFrequency.OnChange;
}

/// <summary><c>ai.llms_txt.update_frequency</c>: when llms.txt and the other generated files are rewritten.</summary>
public enum LlmsTxtUpdateFrequency
{
    /// <summary><c>on_change</c>: after every change made through the service, by any front end.</summary>
    OnChange,

    /// <summary><c>on_build</c>: by the MSBuild targets.</summary>
    OnBuild,

    /// <summary><c>on_commit</c>: by the post-commit hook.</summary>
    OnCommit,

    /// <summary><c>manual</c>: only by <c>dotnet trackdown generate</c>.</summary>
    Manual,
}

public sealed record ProviderCost(string Model, double CostPer1kInput, double CostPer1kOutput);

public sealed record TokenTrackingSettings
{
    public bool Enabled { get; init; } = true;

    public bool RequireAgentId { get; init; }

    /// <summary>Crossing a budget threshold raises an alert event.</summary>
    public bool CostAlerts { get; init; } = true;

    /// <summary>0 means no monthly budget.</summary>
    public long MonthlyBudget { get; init; }

    public double WarnThreshold { get; init; } = 0.8;

    public IReadOnlyDictionary<string, ProviderCost> Providers { get; init; } = new Dictionary<string, ProviderCost>(StringComparer.Ordinal)
    {
        ["claude"] = new("claude-3.5-sonnet", 0.003, 0.015),
        ["gpt4"] = new("gpt-4-turbo", 0.01, 0.03),
        ["copilot"] = new("gpt-3.5-turbo", 0.0015, 0.002),
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

    /// <summary><c>git.hooks.post_commit</c>: install the post-commit hook.</summary>
    public bool PostCommitHook { get; init; } = true;

    /// <summary><c>git.hooks.pre_push</c>: install the pre-push hook.</summary>
    public bool PrePushHook { get; init; } = true;

    /// <summary><c>git.hooks.auto_install</c>: <c>init</c> and the first write command install missing hooks.</summary>
    public bool AutoInstallHooks { get; init; } = false;

    /// <summary><c>git.hooks.commit_parsing</c>: off, the post-commit hook moves nothing.</summary>
    public bool CommitParsing { get; init; } = true;

    /// <summary><c>git.hooks.branch_protection</c>: on, the pre-push hook refuses a direct push to the default branch.</summary>
    public bool BranchProtection { get; init; }

    /// <summary><c>git.patterns.commit_task_ref</c>; null means the id scheme's <see cref="IdScheme.InText"/>. Use <see cref="TrackdownConfig.FindTaskRefs"/>.</summary>
    public ConfigPattern? CommitTaskRef { get; init; }

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
        new AutomationRule { Name = "conventional-fix-to-review", Trigger = AutomationTrigger.Commit, Pattern = new ConfigPattern(@"^fix\(", AutomationRule.PatternOptions, "automation.rules[0].pattern"), Action = AutomationAction.UpdateStatus, Status = "in-review" },
    };
}
