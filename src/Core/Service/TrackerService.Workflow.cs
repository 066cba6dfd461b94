using Trackdown.Core.Config;
using Trackdown.Core.Model;

namespace Trackdown.Core.Service;

/// <summary>Status moves, assignment, claims, comments and commit-driven changes.</summary>
public sealed partial class TrackerService
{
    /// <summary>To the workflow's closed status, through its transitions.</summary>
    public Task<ChangeResult> CloseAsync(string id, string? reason, bool force, ChangeOrigin origin, CancellationToken cancellationToken = default)
        => WriteAsync(origin, AgentOperations.Update, op =>
        {
            var workflow = op.Workspace.Config.Workflows.Default;
            var item = Require(op, id);
            if (workflow.IsClosed(item.Status))
            {
                op.MainId = id;
                op.MainPath = item.FilePath;
                return;
            }

            var target = workflow.Closed.FirstOrDefault(workflow.Statuses.Contains) ?? throw TrackdownRefusal.Invalid("The workflow has no closed status. List one of its statuses under workflows.default.closed.");
            PlanUpdate(op, id, new ItemChanges { Status = target, Force = force, Reason = reason }, MoveKind.Requested, ChangeActions.Update);
        }, cancellationToken);

    /// <summary>Back to work: the workflow's first open status that the transitions allow from the closed one.</summary>
    public Task<ChangeResult> ReopenAsync(string id, string? reason, bool force, ChangeOrigin origin, CancellationToken cancellationToken = default)
        => WriteAsync(origin, AgentOperations.Update, op =>
        {
            var workflow = op.Workspace.Config.Workflows.Default;
            var item = Require(op, id);
            op.MainId = id;
            op.MainPath = item.FilePath;
            if (!workflow.IsClosed(item.Status))
            {
                return;
            }

            var open = workflow.Statuses.Where(s => !workflow.IsClosed(s)).ToList();
            var allowed = workflow.AllowedTargets(item.Status!);
            var target = open.FirstOrDefault(allowed.Contains) ?? open.FirstOrDefault()
                ?? throw TrackdownRefusal.Invalid("Every status of the workflow is a closed one, so nothing can be reopened.");
            PlanUpdate(op, id, new ItemChanges { Status = target, Force = force, Reason = reason }, MoveKind.Requested, ChangeActions.Update);
        }, cancellationToken);

    /// <summary>Sets the assignee (<c>@handle</c>), or removes it with an empty string.</summary>
    public Task<ChangeResult> AssignAsync(string id, string assignee, ChangeOrigin origin, CancellationToken cancellationToken = default)
        => UpdateAsync(id, new ItemChanges { Assignee = assignee }, origin, cancellationToken);

    /// <summary>
    /// Takes the item for the caller, atomically: assignee and the workflow's working status in one change, refused when
    /// someone else is the assignee or holds a claim on it in another worktree. Claiming again what you hold changes nothing.
    /// </summary>
    public Task<ChangeResult> ClaimAsync(string id, ChangeOrigin origin, CancellationToken cancellationToken = default)
        => WriteAsync(origin, AgentOperations.Claim, op =>
        {
            var item = Require(op, id);
            var me = op.Origin.Actor;
            var handle = "@" + me.Name;
            var workflow = op.Workspace.Config.Workflows.Default;
            if (workflow.IsClosed(item.Status))
            {
                throw TrackdownRefusal.Invalid($"'{id}' is '{item.Status}'. Reopen it before claiming it.");
            }

            if (item.Assignee is { Length: > 0 } assignee && assignee != handle)
            {
                throw new TrackdownRefusal(DiagnosticIds.ClaimedByOther, $"'{id}' is held by {assignee} (its assignee){Since(op.Claims.Find(id))}. Pick another item or ask {assignee} to release it.");
            }

            if (op.Claims.Find(id) is { } holder && holder.Holder.Name != me.Name)
            {
                throw new TrackdownRefusal(DiagnosticIds.ClaimedByOther, $"'{id}' is held by {holder.Holder}{Since(holder)}, claimed in '{holder.WorkTree}'. Pick another item or ask them to release it.");
            }

            var working = WorkingStatus(workflow, item.Status);
            PlanUpdate(op, id, new ItemChanges { Assignee = handle, Status = working }, MoveKind.WorkStarted, ChangeActions.Claim);
            if (op.Events.Count == 0 && op.Claims.Find(id) is null)
            {
                op.Raise(id, ChangeActions.Claim, new[] { new FieldChange("claim", null, me.ToString()) }, null);
            }

            if (op.Events.Count > 0)
            {
                op.Files.Replace(op.Claims.PathFor(id), op.Claims.Serialize(me, op.Now, root), withBom: false);
            }
        }, cancellationToken);

    /// <summary>
    /// Work started on the item (a branch was made for it): moves it to the working status when it is not there or
    /// further yet, through the workflow as started work may (the design's <c>auto</c> steps).
    /// </summary>
    public Task<ChangeResult> StartAsync(string id, ChangeOrigin origin, CancellationToken cancellationToken = default)
        => WriteAsync(origin, AgentOperations.Update, op =>
        {
            var item = Require(op, id);
            op.MainId = id;
            op.MainPath = item.FilePath;
            var workflow = op.Workspace.Config.Workflows.Default;
            if (!workflow.IsClosed(item.Status) && WorkingStatus(workflow, item.Status) is { } working && working != item.Status)
            {
                PlanUpdate(op, id, new ItemChanges { Status = working, Reason = "work started" }, MoveKind.WorkStarted, ChangeActions.Update);
            }
        }, cancellationToken);

    /// <summary>Adds a comment as a file of its own; the item's file is not touched.</summary>
    public Task<ChangeResult> CommentAsync(string id, string body, ChangeOrigin origin, CancellationToken cancellationToken = default)
        => WriteAsync(origin, AgentOperations.Comment, op =>
        {
            var item = Require(op, id);
            op.MainId = id;
            op.MainPath = item.FilePath;
            if (body.Trim().Length == 0)
            {
                throw TrackdownRefusal.Invalid("The comment is empty. Write something to say.");
            }

            PlanComment(op, id, body);
        }, cancellationToken);

    /// <summary>A new comment file in the operation, and its event.</summary>
    private void PlanComment(Operation op, string id, string body)
    {
        var (comment, text) = CommentStore.New(root, id, op.Origin.Actor, op.Now, body, op.Stamp);
        op.Files.Create(comment.FilePath, text);
        op.Raise(id, ChangeActions.Comment, new[] { new FieldChange("comment", null, Excerpt(comment.Body)) }, comment.Id, comment.FilePath);
    }

    /// <summary>
    /// Moves the items a commit names, each through the workflow as a commit may (a referencing commit satisfies
    /// <c>requires_commit</c> and may pass through intermediate statuses). Refused moves are reported, never forced;
    /// an item already in the status is left alone, so applying the same commit twice changes nothing.
    /// </summary>
    public async Task<IReadOnlyList<CommitOutcome>> ApplyCommitAsync(IReadOnlyList<CommitRequest> requests, string commit, ChangeOrigin origin, bool dryRun, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<CommitOutcome>();
        foreach (var request in requests)
        {
            var item = Items().Find(request.Id);
            if (item is null)
            {
                outcomes.Add(new CommitOutcome(request.Id, null, request.Status, CommitResult.UnknownTask, "no task has this id", null));
                continue;
            }

            if (request.Status is null || request.Status == item.Status)
            {
                outcomes.Add(new CommitOutcome(request.Id, item.Status, item.Status, request.Status is null ? CommitResult.Referenced : CommitResult.AlreadyThere, request.Reason, null));
                continue;
            }

            try
            {
                var note = $"commit {commit}: {request.Reason}";
                var result = await WriteAsync(origin, AgentOperations.Update, op => PlanUpdate(op, request.Id, new ItemChanges { Status = request.Status, Reason = note }, MoveKind.Commit, ChangeActions.Update), cancellationToken, dryRun).ConfigureAwait(false);
                outcomes.Add(new CommitOutcome(request.Id, item.Status, request.Status, dryRun ? CommitResult.WouldMove : CommitResult.Moved, request.Reason, result));
            }
            catch (TrackdownRefusal refusal)
            {
                outcomes.Add(new CommitOutcome(request.Id, item.Status, request.Status, CommitResult.Refused, refusal.Message, null));
            }
        }

        return outcomes;
    }

    /// <summary>Where a claim puts an item: 'in-progress' when the workflow has it, else the first open status after the current one.</summary>
    private static string? WorkingStatus(Config.Workflow workflow, string? current)
    {
        if (workflow.Statuses.Contains("in-progress"))
        {
            var at = workflow.Statuses.ToList().IndexOf(current ?? string.Empty);
            var working = workflow.Statuses.ToList().IndexOf("in-progress");
            return at > working && !workflow.IsClosed(current) ? null : "in-progress"; // already further along: leave it
        }

        return workflow.AllowedTargets(current ?? string.Empty).FirstOrDefault(s => !workflow.IsClosed(s));
    }

    private void ReleaseClaim(Operation op, string id)
    {
        if (op.Claims.Find(id) is not null)
        {
            op.Files.Delete(op.Claims.PathFor(id));
        }
    }

    private static string Since(ClaimHolder? holder) => holder is null ? string.Empty : $" since {holder.Since:yyyy-MM-dd HH:mm} UTC";

    private static string Excerpt(string text)
    {
        var line = text.Replace("\r", string.Empty).Split('\n')[0];
        return line.Length <= 120 && !text.Contains('\n') ? line : line.Substring(0, Math.Min(line.Length, 117)) + "...";
    }
}

/// <summary>What one commit asks of one item: the status to move to (null: only referenced), and why.</summary>
public sealed record CommitRequest(string Id, string? Status, string Reason);

public enum CommitResult
{
    Moved,
    WouldMove,
    AlreadyThere,
    Referenced,
    Refused,
    UnknownTask,
}

/// <summary>What applying a commit did to one item.</summary>
public sealed record CommitOutcome(string Id, string? From, string? To, CommitResult Result, string Detail, ChangeResult? Change);
