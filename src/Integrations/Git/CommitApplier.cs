using Trackdown.Core.Creation;
using Trackdown.Core.Editing;
using Trackdown.Core.Repository;
using Trackdown.Core.Updating;

namespace Trackdown.Integrations.Git;

/// <summary>What happened to one task when a commit was applied.</summary>
public sealed record CommitOutcome(string TaskId, string? From, string? To, string Result);

/// <summary>
/// Applies a commit's decisions through the same workflow rules as <c>update</c>: a referencing commit satisfies
/// <c>requires_commit</c>, a transition the workflow does not list is reported and not forced, and a task already in the
/// status is left alone, so parsing the same commit twice changes nothing.
/// </summary>
public static class CommitApplier
{
    public static IReadOnlyList<CommitOutcome> Apply(TrackdownWorkspace workspace, IReadOnlyList<CommitDecision> decisions, DateTimeOffset when, bool dryRun)
    {
        var outcomes = new List<CommitOutcome>();
        if (decisions.Count == 0)
        {
            return outcomes;
        }

        var set = workspace.LoadTasksCached();
        foreach (var decision in decisions)
        {
            var item = set.Find(decision.TaskId);
            if (item is null)
            {
                outcomes.Add(new CommitOutcome(decision.TaskId, null, decision.Status, "unknown task"));
                continue;
            }

            if (decision.Status is null || decision.Status == item.Status)
            {
                outcomes.Add(new CommitOutcome(decision.TaskId, item.Status, item.Status, decision.Status is null ? "referenced" : "already " + item.Status));
                continue;
            }

            try
            {
                var result = TaskUpdater.Apply(item, new TaskUpdate { Status = decision.Status, ViaCommit = true }, workspace.Config.Workflows.Default, when);
                if (result.NewText is not null && !dryRun)
                {
                    TaskFileWriter.Save(item.Document, result.NewText);
                }

                outcomes.Add(new CommitOutcome(decision.TaskId, item.Status, decision.Status, (dryRun ? "would move" : "moved") + $" ({decision.Reason})"));
            }
            catch (Exception ex) when (ex is TransitionRefusedException or TaskRequestException or InvalidOperationException)
            {
                outcomes.Add(new CommitOutcome(decision.TaskId, item.Status, decision.Status, "refused: " + ex.Message));
            }
        }

        return outcomes;
    }
}
