namespace Trackdown.Core.Service;

/// <summary>Who made a change: a person (their handle, without '@') or a named agent.</summary>
public sealed record Actor(string Name, bool IsAgent)
{
    public static Actor Person(string handle) => new(handle.TrimStart('@'), false);

    public static Actor Agent(string name) => new(name, true);

    public override string ToString() => IsAgent ? "agent " + Name : "@" + Name;
}

/// <summary>Where a change came from. Sources are short stable words; sync providers use <c>sync:NAME</c>.</summary>
public static class ChangeSources
{
    public const string Cli = "cli";
    public const string Commit = "commit";
    public const string Mcp = "mcp";
    public const string Board = "board";
    public const string Build = "build";

    public static string Sync(string provider) => "sync:" + provider;
}

/// <summary>Who asks, from which front end: every operation of the service takes one.</summary>
public sealed record ChangeOrigin(Actor Actor, string Source);

/// <summary>One field's old and new value as text (null: absent). Lists read as <c>[a, b]</c>.</summary>
public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>
/// One successful change, raised once after everything was written: the item, what changed, who, from where and when.
/// <see cref="Note"/> carries what a reader of the audit trail needs beyond the fields (a reason, a forced move, the
/// statuses a move passed through).
/// </summary>
public sealed record ChangeEvent(
    DateTimeOffset Time,
    string Id,
    string Action,
    IReadOnlyList<FieldChange> Changes,
    Actor Actor,
    string Source,
    string? Note,
    IReadOnlyList<string> Paths)
{
    /// <summary>The change overrode a workflow rule; <see cref="Note"/> says which.</summary>
    public bool Forced { get; init; }
}

/// <summary>Actions a change event can carry, as the audit trail writes them.</summary>
public static class ChangeActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Edit = "edit";
    public const string Comment = "comment";
    public const string Claim = "claim";
    public const string Delete = "delete";
    public const string Tokens = "tokens";
    public const string Approve = "approve";
    public const string Alert = "alert";
}

/// <summary>
/// Runs in-process after each successful change (the audit trail is the first). A subscriber that fails does not undo
/// the change: its message comes back to the caller as a warning.
/// </summary>
public interface IChangeSubscriber
{
    void OnChange(ChangeEvent change);
}
