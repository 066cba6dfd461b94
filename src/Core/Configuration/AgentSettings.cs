namespace Trackdown.Core.Config;

/// <summary><c>ai.agents.NAME</c>: what one agent may do and how much it may spend on one task.</summary>
public sealed record AgentSettings
{
    /// <summary>0 means no limit.</summary>
    public long MaxTokensPerTask { get; init; }

    /// <summary>Names from <see cref="AgentOperations.All"/>; null means every operation.</summary>
    public IReadOnlyList<string>? AllowedOperations { get; init; }

    /// <summary>What <c>context --for NAME</c> includes by default: one of <see cref="ContextFormats.All"/>.</summary>
    public string ContextFormat { get; init; } = ContextFormats.Detailed;

    public bool Allows(string operation) => AllowedOperations is null || AllowedOperations.Contains(operation, StringComparer.Ordinal);
}

/// <summary>The operations an agent can be allowed (<c>ai.agents.NAME.allowed_operations</c>).</summary>
public static class AgentOperations
{
    public const string Read = "read";
    public const string Create = "create";
    public const string Update = "update";
    public const string Comment = "comment";
    public const string Delete = "delete";
    public const string Claim = "claim";
    public const string Tokens = "tokens";
    public const string Sync = "sync";
    public const string Approve = "approve";

    public static readonly IReadOnlyList<string> All = new[] { Read, Create, Update, Comment, Delete, Claim, Tokens, Sync, Approve };
}

/// <summary>Values of <c>ai.agents.NAME.context_format</c>.</summary>
public static class ContextFormats
{
    public const string Detailed = "detailed";
    public const string Compact = "compact";
    public const string Minimal = "minimal";

    public static readonly IReadOnlyList<string> All = new[] { Detailed, Compact, Minimal };
}
