namespace Trackdown.Core.Config;

/// <summary><c>sync.PROVIDER.auth_method</c>: where the provider's credential comes from. Secrets never live in config.</summary>
public enum SyncAuthMethod
{
    /// <summary><c>env</c>: the provider's environment variables (GITHUB_TOKEN, JIRA_API_TOKEN, LINEAR_API_KEY).</summary>
    Env,

    /// <summary><c>token</c>: a personal access token, from the environment or git's credential helper.</summary>
    Token,

    /// <summary><c>oauth2</c>: an OAuth 2 sign-in whose token is kept by the credential store.</summary>
    OAuth2,

    /// <summary><c>credential_helper</c>: git's credential helper for the provider's host.</summary>
    CredentialHelper,
}

public sealed record SyncProvider
{
    public bool Enabled { get; init; }

    /// <summary>GitHub's <c>owner/name</c> (<c>sync.github.repo</c>).</summary>
    public string? Repo { get; init; }

    /// <summary>The site, e.g. <c>https://company.atlassian.net</c> (<c>sync.jira.url</c>, GitHub Enterprise's <c>sync.github.url</c>).</summary>
    public string? Url { get; init; }

    /// <summary>Jira's project key or Linear's project (<c>sync.PROVIDER.project</c>).</summary>
    public string? Project { get; init; }

    public SyncAuthMethod AuthMethod { get; init; } = SyncAuthMethod.Env;

    /// <summary>The pre-push hook and <c>sync</c> skip a provider synced more recently than this (unless forced); zero: always sync.</summary>
    public TimeSpan SyncInterval { get; init; } = TimeSpan.Zero;

    /// <summary>Local field (<see cref="SyncFields.Local"/>) → the provider's field (<see cref="SyncFields.Remote"/>); empty: the provider's defaults.</summary>
    public IReadOnlyDictionary<string, string> FieldMapping { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

public sealed record SyncSettings
{
    public SyncProvider Github { get; init; } = new();

    public SyncProvider Jira { get; init; } = new();

    public SyncProvider Linear { get; init; } = new();

    /// <summary>Each provider by its config name (github, jira, linear).</summary>
    public IReadOnlyList<(string Name, SyncProvider Settings)> All => new[] { ("github", Github), ("jira", Jira), ("linear", Linear) };
}

/// <summary>The field names <c>sync.PROVIDER.field_mapping</c> may use, on each side, in one place.</summary>
public static class SyncFields
{
    /// <summary>A task's fields that sync can carry; <c>body</c> is the markdown below the frontmatter.</summary>
    public static readonly IReadOnlyList<string> Local = new[] { "title", "body", "status", "priority", "labels", "assignee", "estimate", "epic", "parent", "depends_on" };

    /// <summary>Each provider's fields. GitHub's issue body is also accepted as <c>description</c>, as the design's config writes it.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Remote = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["github"] = new[] { "title", "body", "description", "state", "labels", "assignee", "assignees", "milestone" },
        ["jira"] = new[] { "summary", "description", "status", "priority", "labels", "assignee", "story_points", "components", "fix_versions", "epic_link", "parent" },
        ["linear"] = new[] { "title", "description", "state", "priority", "labels", "assignee", "estimate", "project", "cycle", "parent" },
    };
}
