using System.Globalization;
using Trackdown.Core.Config;
using Trackdown.Core.Creation;
using Trackdown.Core.Editing;
using Trackdown.Core.Model;

namespace Trackdown.Core.Updating;

/// <summary>
/// Applies a <see cref="TaskUpdate"/> to one task with surgical edits, enforcing the workflow's transitions. Only the
/// changed fields and <c>updated</c> are rewritten; an update that changes nothing writes nothing.
/// </summary>
public static class TaskUpdater
{
    public static UpdateResult Apply(TaskItem item, TaskUpdate update, Workflow workflow, DateTimeOffset now)
    {
        if (!item.Document.IsEditable)
        {
            throw new TaskRequestException($"'{item.Id}' has errors and is not rewritten. Run 'dotnet trackdown validate' and fix the file first.");
        }

        var editor = new FrontmatterEditor(item.Document);
        var changes = new List<string>();
        string? forced = null;
        if (update.Status is { } status && status != item.Status)
        {
            if (!workflow.Statuses.Contains(status))
            {
                throw new TaskRequestException($"Status '{status}' is not in the workflow. Use one of {Quote(workflow.Statuses)}.");
            }

            var from = item.Status ?? string.Empty;
            var allowed = workflow.AllowedTargets(from);
            if (!allowed.Contains(status))
            {
                if (!update.Force)
                {
                    var options = allowed.Count == 0 ? "none" : Quote(allowed);
                    throw new TransitionRefusedException($"'{item.Id}' cannot move from '{from}' to '{status}'; allowed from '{from}': {options}. Pass --force to override.");
                }

                forced = $"Forced transition of '{item.Id}' from '{from}' to '{status}', which the workflow does not list.";
            }
            else if (!update.ViaCommit && workflow.RuleFor(from, status) == TransitionRule.RequiresCommit)
            {
                if (!update.Force)
                {
                    throw new TransitionRefusedException($"'{item.Id}' moves from '{from}' to '{status}' only with a commit that references it (requires_commit). Commit with '{item.Id}' in the message, or pass --force.");
                }

                forced = $"Forced transition of '{item.Id}' from '{from}' to '{status}' without the commit the workflow requires.";
            }

            editor.Set("status", status);
            changes.Add($"status: {from} -> {status}");
        }

        SetText(editor, changes, "assignee", item.Assignee, update.Assignee);
        SetText(editor, changes, "title", item.Title, update.Title);
        SetText(editor, changes, "priority", item.Priority, update.Priority);
        if (update.Estimate is { } estimate && estimate != item.Estimate)
        {
            editor.SetNumber("estimate", estimate);
            changes.Add($"estimate: {estimate.ToString(CultureInfo.InvariantCulture)}");
        }

        var labels = item.Labels.Where(l => !update.RemoveLabels.Contains(l)).ToList();
        labels.AddRange(update.AddLabels.Where(l => !labels.Contains(l)).Distinct());
        if (!labels.SequenceEqual(item.Labels))
        {
            editor.SetList("labels", labels);
            changes.Add($"labels: [{string.Join(", ", labels)}]");
        }

        if (changes.Count == 0)
        {
            return new UpdateResult(null, changes, null);
        }

        editor.Set("updated", now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        return new UpdateResult(editor.ToText(), changes, forced);
    }

    private static void SetText(FrontmatterEditor editor, List<string> changes, string key, string? current, string? wanted)
    {
        if (wanted is not null && wanted != current)
        {
            editor.Set(key, wanted);
            changes.Add($"{key}: {wanted}");
        }
    }

    private static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));
}

/// <summary>The workflow does not allow the requested status change.</summary>
public sealed class TransitionRefusedException(string message) : Exception(message);
