using Trackdown.Core.Diagnostics;

namespace Trackdown.Core.Service;

/// <summary>What would let a refused request through anyway; each front end phrases it (the CLI as <c>--force</c>).</summary>
public enum RefusalOverride
{
    None,
    Force,
}

/// <summary>
/// The one way the service says no: a TRK code, a message that names no front end's flags, what would override it, and
/// the located diagnostics behind it when a file is at fault. Nothing was written when this is thrown. Bugs are never
/// refusals: they stay exceptions and become TRK9001.
/// </summary>
public sealed class TrackdownRefusal : Exception
{
    public TrackdownRefusal(string code, string message, RefusalOverride canOverride = RefusalOverride.None, IReadOnlyList<TrackdownDiagnostic>? diagnostics = null)
        : base(message)
    {
        Code = code;
        CanOverride = canOverride;
        Diagnostics = diagnostics ?? Array.Empty<TrackdownDiagnostic>();
    }

    public string Code { get; }

    public RefusalOverride CanOverride { get; }

    public IReadOnlyList<TrackdownDiagnostic> Diagnostics { get; }

    public static TrackdownRefusal UnknownTask(string id)
        => new(DiagnosticIds.UnknownTask, $"No task has the id '{id}'. Check the id against the task list.");

    internal static TrackdownRefusal Invalid(string message) => new(DiagnosticIds.InvalidRequest, message);
}
