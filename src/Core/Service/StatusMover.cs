using Trackdown.Core.Config;

namespace Trackdown.Core.Service;

/// <summary>Why a status is being changed, which decides what the workflow lets through.</summary>
public enum MoveKind
{
    /// <summary>A person or agent asked for the status: only <c>auto</c> steps may be passed through on the way.</summary>
    Requested,

    /// <summary>Work started on the item (a claim, a branch): as requested, and plain steps count as started work.</summary>
    WorkStarted,

    /// <summary>A commit that references the item: satisfies <c>requires_commit</c> and may pass through any step it satisfies.</summary>
    Commit,
}

/// <summary>The statuses a move goes through (the last is the target) and, when forced, what was overridden.</summary>
public sealed record MovePlan(IReadOnlyList<string> Path, string? Forced)
{
    public string Target => Path[Path.Count - 1];

    public string? Through => Path.Count > 1 ? string.Join(", ", Path.Take(Path.Count - 1)) : null;
}

/// <summary>
/// Plans a status change through the workflow's transitions: the direct transition when it is listed, else the shortest
/// path whose intermediate steps the kind of move may take (a commit <c>fix(ISSUE-002)</c> on a <c>todo</c> item goes
/// todo → in-progress → in-review). A rule the move does not satisfy refuses it, unless forced; a forced move jumps
/// straight to the target and says what it overrode.
/// </summary>
public static class StatusMover
{
    public static MovePlan Plan(Workflow workflow, string id, string? from, string to, MoveKind kind, bool force, bool approved = false)
    {
        if (!workflow.Statuses.Contains(to))
        {
            throw new TrackdownRefusal(DiagnosticIds.UnknownStatus, $"Status '{to}' is not in the workflow. Use one of {Quote(workflow.Statuses)}.");
        }

        var current = from ?? string.Empty;
        var path = ShortestPath(workflow, current, to, kind, approved);
        if (path is not null)
        {
            return new MovePlan(path, null);
        }

        var blocked = Edges(workflow, current).FirstOrDefault(e => e.To == to);
        var (code, message) = blocked.To is null
            ? (DiagnosticIds.TransitionNotAllowed, $"'{id}' cannot move from '{current}' to '{to}'; allowed from '{current}': {AllowedList(workflow, current)}.")
            : blocked.RequiresCommit
                ? (DiagnosticIds.TransitionRequiresCommit, $"'{id}' moves from '{current}' to '{to}' only with a commit that references it (requires_commit). Commit with '{id}' in the message.")
                : (DiagnosticIds.TransitionRequiresApproval, $"'{id}' moves from '{current}' to '{to}' only after someone other than the assignee approved it (requires_approval).");
        if (!force)
        {
            throw new TrackdownRefusal(code, message, RefusalOverride.Force);
        }

        return new MovePlan(new[] { to }, $"forced from '{current}' to '{to}' ({code}: {message})");
    }

    /// <summary>Breadth first, so the fewest steps win; ties go to the workflow's own order of transitions.</summary>
    private static IReadOnlyList<string>? ShortestPath(Workflow workflow, string from, string to, MoveKind kind, bool approved)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal) { [from] = from };
        var queue = new Queue<string>();
        queue.Enqueue(from);
        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            foreach (var edge in Edges(workflow, at))
            {
                if (previous.ContainsKey(edge.To) || !Satisfied(edge, kind, approved))
                {
                    continue;
                }

                // Steps on the way only move forward through the workflow's order (a commit that closes a blocked item
                // does not reopen it on the way); for a requested move they must also be 'auto' steps.
                var final = edge.To == to;
                if (!final && (!(edge.Auto || kind != MoveKind.Requested) || Order(workflow, edge.To) <= Order(workflow, at)))
                {
                    continue;
                }

                previous[edge.To] = at;
                if (final)
                {
                    var path = new List<string> { to };
                    for (var step = at; step != from; step = previous[step])
                    {
                        path.Insert(0, step);
                    }

                    return path;
                }

                queue.Enqueue(edge.To);
            }
        }

        return null;
    }

    private static int Order(Workflow workflow, string status) => workflow.Statuses.ToList().IndexOf(status);

    private static bool Satisfied(Edge edge, MoveKind kind, bool approved)
        => (!edge.RequiresCommit || kind == MoveKind.Commit) && (!edge.RequiresApproval || approved);

    private static string AllowedList(Workflow workflow, string from)
    {
        var targets = Edges(workflow, from).Select(e => e.To).Distinct().ToList();
        return targets.Count == 0 ? "none" : Quote(targets);
    }

    private static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    /// <summary>The workflow's transitions out of one status, in config order.</summary>
    private static IEnumerable<Edge> Edges(Workflow workflow, string from)
        => workflow.Transitions.Where(t => t.From == from).Select(t => new Edge(t.To, t.Rule == TransitionRule.Auto, t.Rule == TransitionRule.RequiresCommit, t.Rule == TransitionRule.RequiresApproval));

    private readonly record struct Edge(string To, bool Auto, bool RequiresCommit, bool RequiresApproval);
}
