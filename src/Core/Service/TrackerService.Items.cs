using Trackdown.Core.Config;
using Trackdown.Core.Creation;
using Trackdown.Core.Diagnostics;
using Trackdown.Core.Editing;
using Trackdown.Core.Model;
using Trackdown.Core.Parsing;
using Trackdown.Core.Schema;
using Trackdown.Core.Templates;
using Trackdown.Core.Validation;

namespace Trackdown.Core.Service;

/// <summary>Creating, changing, replacing and deleting items.</summary>
public sealed partial class TrackerService
{
    /// <summary>
    /// A new file from the template with the next free id; a task inherits its parent issue's epic. The file is created
    /// exclusively, never over an existing one.
    /// </summary>
    public Task<ChangeResult> CreateAsync(CreateRequest request, ChangeOrigin origin, CancellationToken cancellationToken = default)
        => WriteAsync(origin, AgentOperations.Create, op =>
        {
            var title = request.Title.Trim();
            if (title.Length == 0)
            {
                throw TrackdownRefusal.Invalid("The title is empty. Give the item a title.");
            }

            var epic = request.Type == TaskType.Epic ? null : request.Epic;
            if (request.Parent is { } parentId)
            {
                epic ??= op.Set.Find(parentId)?.Epic; // a missing parent is the guard's located refusal below
            }

            var workflow = op.Workspace.Config.Workflows.Default;
            var status = request.Status ?? workflow.Statuses.First();
            if (!workflow.Statuses.Contains(status))
            {
                throw new TrackdownRefusal(DiagnosticIds.UnknownStatus, $"Status '{status}' is not in the workflow. Use one of {string.Join(", ", workflow.Statuses.Select(s => $"'{s}'"))}.");
            }

            var (templateText, templatePath) = TemplateStore.Load(op.Workspace, request.Type);
            var claim = IdAllocator.Claim(op.Workspace.TasksDirectory, op.Workspace.Config.Ids, request.Type);
            op.Hold(claim); // released once the file exists (or the operation failed)
            var path = Path.Combine(op.Workspace.FolderFor(request.Type), claim.Id + "-" + Slug.From(title) + ".md");
            var template = TaskFileParser.Parse(path, templateText);
            if (!template.IsEditable)
            {
                var problem = template.Diagnostics.First(d => d.IsError);
                throw TrackdownRefusal.Invalid($"The template '{templatePath ?? "built-in"}' cannot be used: line {problem.Line}: {problem.Message}");
            }

            var editor = new FrontmatterEditor(template)
                .Set("id", claim.Id)
                .Set("type", request.Type.Name())
                .Set("title", title)
                .Set("status", status);
            SetIfGiven(editor, "epic", epic);
            SetIfGiven(editor, "parent", request.Parent);
            SetIfGiven(editor, "assignee", request.Assignee);
            SetIfGiven(editor, "priority", request.Priority);
            if (request.Labels.Count > 0)
            {
                editor.SetList("labels", request.Labels);
            }

            if (request.DependsOn.Count > 0)
            {
                editor.SetList("depends_on", request.DependsOn);
            }

            if (request.Estimate is { } estimate)
            {
                editor.SetNumber("estimate", estimate);
            }

            if (request.TokenBudget is { } budget)
            {
                editor.SetNumber("token_budget", budget);
            }

            editor.Set("created", op.Stamp).Set("updated", op.Stamp);
            var withFields = editor.ToText();
            var bodyStart = TaskFileParser.Parse(path, withFields).BodyOffset;
            var text = withFields.Substring(0, bodyStart) + TemplateStore.FillBody(withFields.Substring(bodyStart), claim.Id, title, request.Type);
            var next = TaskFileParser.Parse(path, text);
            Guard(op, null, next);
            op.Files.Create(path, text);
            op.Set = op.Set.With(next);
            op.MainId = claim.Id;
            op.MainPath = path;
            op.Raise(claim.Id, ChangeActions.Create, FieldDiff.Between(null, next), null, path);
        }, cancellationToken);

    /// <summary>Changes fields surgically: only those fields and <c>updated</c> are rewritten; nothing to change writes nothing.</summary>
    public Task<ChangeResult> UpdateAsync(string id, ItemChanges changes, ChangeOrigin origin, CancellationToken cancellationToken = default)
        => WriteAsync(origin, AgentOperations.Update, op => PlanUpdate(op, id, changes, changes.ViaCommit ? MoveKind.Commit : MoveKind.Requested, ChangeActions.Update), cancellationToken);

    /// <summary>
    /// Replaces the whole file with <paramref name="newText"/> (what <c>edit</c> saves). Refused, leaving the file as it
    /// was, when the text does not parse or adds a schema or graph error; a broken file may be replaced by a good one.
    /// </summary>
    public Task<ChangeResult> ReplaceTextAsync(string id, string newText, ChangeOrigin origin, CancellationToken cancellationToken = default)
        => WriteAsync(origin, AgentOperations.Update, op =>
        {
            var item = Require(op, id);
            var before = item.Document;
            op.MainId = id;
            op.MainPath = item.FilePath;
            if (newText == before.Text)
            {
                return;
            }

            var next = TaskFileParser.Parse(item.FilePath, newText, before.HasBom);
            if (next.Item?.Id is { } newId && newId != id)
            {
                throw TrackdownRefusal.Invalid($"The edit changes the id from '{id}' to '{newId}', which would orphan every reference and the file name. Keep the id; create a new item instead.");
            }

            Guard(op, before.IsEditable ? before : null, next);
            op.Files.Replace(item.FilePath, newText, before.HasBom);
            op.Set = op.Set.With(next);
            op.Raise(id, ChangeActions.Edit, FieldDiff.Between(before, next), null, item.FilePath);
        }, cancellationToken);

    /// <summary>
    /// Deletes the item's file and comments. Refused while other items name it, unless forced: then those references are
    /// removed from the other items in the same change.
    /// </summary>
    public Task<ChangeResult> DeleteAsync(string id, bool force, ChangeOrigin origin, CancellationToken cancellationToken = default)
        => WriteAsync(origin, AgentOperations.Delete, op =>
        {
            var item = Require(op, id);
            var doc = Editable(item);
            op.MainId = id;
            op.MainPath = item.FilePath;
            var referrers = op.Set.Items.Where(i => i.Id != id && Names(i, id)).ToList();
            if (referrers.Count > 0 && !force)
            {
                var names = string.Join(", ", referrers.Take(10).Select(r => $"'{r.Id}'")) + (referrers.Count > 10 ? $" and {referrers.Count - 10} more" : string.Empty);
                throw new TrackdownRefusal(DiagnosticIds.StillReferenced, $"'{id}' is referenced by {names}. Change those items first, or force the delete to remove the references.", RefusalOverride.Force);
            }

            foreach (var referrer in referrers)
            {
                var changes = new ItemChanges
                {
                    Epic = referrer.Epic == id ? string.Empty : null,
                    Parent = referrer.Parent == id ? string.Empty : null,
                    DependsOn = referrer.DependsOn.Contains(id) ? referrer.DependsOn.Where(d => d != id).ToList() : null,
                };
                PlanFields(op, op.Set.Find(referrer.Id!)!, changes, MoveKind.Requested, ChangeActions.Update, $"reference to deleted '{id}' removed");
            }

            op.Files.Delete(item.FilePath);
            foreach (var comment in CommentStore.Read(root, id).Comments)
            {
                op.Files.Delete(comment.FilePath);
            }

            ReleaseClaim(op, id);
            op.Set = op.Set.Without(item.FilePath);
            op.Raise(id, ChangeActions.Delete, FieldDiff.Between(doc, null), force && referrers.Count > 0 ? "forced: references removed" : null, item.FilePath);
        }, cancellationToken);

    private void PlanUpdate(Operation op, string id, ItemChanges changes, MoveKind kind, string action)
    {
        var item = Require(op, id);
        op.MainId = id;
        op.MainPath = item.FilePath;
        PlanFields(op, item, changes, kind, action, changes.Reason);
    }

    /// <summary>Plans one item's field changes into the operation: the shared core of update, close, assign, claim and commits.</summary>
    private void PlanFields(Operation op, TaskItem item, ItemChanges changes, MoveKind kind, string action, string? note)
    {
        var doc = Editable(item);
        var editor = new FrontmatterEditor(doc);
        var notes = new List<string>();
        if (note is not null)
        {
            notes.Add(note);
        }

        var changed = false;
        var forced = false;
        if (changes.Status is { } status && status != item.Status)
        {
            var plan = StatusMover.Plan(op.Workspace.Config.Workflows.Default, item.Id!, item.Status, status, kind, changes.Force, IsApproved(doc, item.Assignee));
            editor.Set("status", plan.Target);
            changed = true;
            if (plan.Through is { } through)
            {
                notes.Add($"through {through}");
            }

            if (plan.Forced is { } overridden)
            {
                notes.Add(overridden);
                forced = true;
            }

            if (op.Workspace.Config.Workflows.Default.IsClosed(plan.Target))
            {
                ReleaseClaim(op, item.Id!);
            }
        }

        changed |= SetText(editor, "title", item.Title, changes.Title);
        changed |= SetText(editor, "priority", item.Priority, changes.Priority);
        changed |= SetText(editor, "epic", item.Epic, changes.Epic);
        changed |= SetText(editor, "parent", item.Parent, changes.Parent);
        if (SetText(editor, "assignee", item.Assignee, changes.Assignee))
        {
            changed = true;
            if (op.Claims.Find(item.Id!) is { } holder && "@" + holder.Holder.Name != changes.Assignee)
            {
                ReleaseClaim(op, item.Id!);
            }
        }

        if (changes.Estimate is { } estimate && estimate != item.Estimate)
        {
            editor.SetNumber("estimate", estimate);
            changed = true;
        }

        if (changes.TokenBudget is { } budget && budget != item.TokenBudget)
        {
            editor.SetNumber("token_budget", budget);
            changed = true;
        }

        if (changes.DependsOn is { } dependsOn && !dependsOn.SequenceEqual(item.DependsOn))
        {
            if (dependsOn.Count == 0)
            {
                editor.Remove("depends_on");
            }
            else
            {
                editor.SetList("depends_on", dependsOn.Distinct().ToList());
            }

            changed = true;
        }

        var labels = item.Labels.Where(l => !changes.RemoveLabels.Contains(l)).ToList();
        labels.AddRange(changes.AddLabels.Where(l => !labels.Contains(l)).Distinct());
        if (!labels.SequenceEqual(item.Labels))
        {
            if (labels.Count == 0)
            {
                editor.Remove("labels");
            }
            else
            {
                editor.SetList("labels", labels);
            }

            changed = true;
        }

        if (!changed)
        {
            return;
        }

        editor.Set("updated", op.Stamp);
        var text = editor.ToText();
        if (changes.Title is { Length: > 0 } title && item.Title is { } oldTitle && title != oldTitle)
        {
            text = RetitleHeading(text, doc, oldTitle, title);
        }

        var next = TaskFileParser.Parse(item.FilePath, text, doc.HasBom);
        var previous = op.Set;
        op.Set = op.Set.With(next);
        if (item.Type == TaskType.Issue && changes.Epic is { } newEpic && newEpic != (item.Epic ?? string.Empty))
        {
            // An issue's tasks belong to its epic: moving the issue moves those that named the old one, in this change.
            foreach (var child in op.Set.Items.Where(t => t.Parent == item.Id && t.Type == TaskType.Task && t.Epic == item.Epic && item.Epic is not null).ToList())
            {
                PlanFields(op, child, new ItemChanges { Epic = newEpic }, kind, ChangeActions.Update, $"follows its issue '{item.Id}'");
            }
        }

        var settled = op.Set;
        op.Set = previous;
        Guard(op, doc, next, settled);
        op.Set = settled;
        op.Files.Replace(item.FilePath, text, doc.HasBom);
        op.Raise(item.Id!, action, FieldDiff.Between(doc, next), notes.Count == 0 ? null : string.Join("; ", notes), forced, item.FilePath);
    }

    /// <summary>
    /// Refuses a change that leaves the item, or an item that names it, with a schema or graph error it did not have
    /// before. Errors a file already had are not the change's fault and do not block it.
    /// </summary>
    private static void Guard(Operation op, TaskDocument? before, TaskDocument after, Repository.TaskSet? planned = null)
    {
        if (!after.IsEditable || after.Item?.Id is null)
        {
            var errors = after.Diagnostics.Where(d => d.IsError).ToList();
            var why = errors.Count > 0 ? $"line {errors[0].Line}: {errors[0].Message}" : "the frontmatter has no 'id'";
            throw new TrackdownRefusal(DiagnosticIds.FileHasErrors, $"The change was not made: the new text does not parse ({why}).", diagnostics: errors);
        }

        var found = ErrorsAround(op, (planned ?? op.Set).With(after), after);
        if (found.Count == 0)
        {
            return;
        }

        var existing = new HashSet<string>(before?.Item is null ? Array.Empty<string>() : ErrorsAround(op, op.Set, before).Select(d => d.Id + d.Message), StringComparer.Ordinal);
        var added = found.Where(d => !existing.Contains(d.Id + d.Message)).ToList();
        if (added.Count > 0)
        {
            throw new TrackdownRefusal(added[0].Id, "The change was not made: " + added[0].Message, diagnostics: added);
        }
    }

    /// <summary>The schema and graph errors of one item and of every item that names it, in <paramref name="set"/>.</summary>
    private static List<Diagnostics.TrackdownDiagnostic> ErrorsAround(Operation op, Repository.TaskSet set, TaskDocument doc)
    {
        var (statuses, ids, item) = (op.Workspace.Config.Workflows.Default.Statuses, op.Workspace.Config.Ids, doc.Item!);
        return TaskSchemaValidator.Validate(doc)
            .Concat(GraphValidator.ValidateItem(set, item, statuses, ids))
            .Concat(set.Items.Where(i => i.Id != item.Id && Names(i, item.Id!)).SelectMany(r => GraphValidator.ValidateItem(set, r, statuses, ids)))
            .Where(d => d.IsError)
            .ToList();
    }

    /// <summary>Whether <paramref name="item"/> names <paramref name="id"/> as its epic, parent or a dependency.</summary>
    private static bool Names(TaskItem item, string id) => item.Epic == id || item.Parent == id || item.DependsOn.Contains(id);

    /// <summary>A body that opens with the old title as its heading gets the new one, so the two never disagree.</summary>
    private static string RetitleHeading(string text, TaskDocument doc, string oldTitle, string newTitle)
    {
        var parsed = TaskFileParser.Parse(doc.FilePath, text, doc.HasBom);
        var body = parsed.Body;
        var start = 0;
        while (start < body.Length && (body[start] == '\n' || body[start] == '\r'))
        {
            start++;
        }

        var heading = "# " + oldTitle;
        var end = body.IndexOf('\n', start);
        var line = (end < 0 ? body.Substring(start) : body.Substring(start, end - start)).TrimEnd('\r');
        if (line.TrimEnd() != heading)
        {
            return text;
        }

        return text.Substring(0, parsed.BodyOffset) + body.Substring(0, start) + "# " + newTitle + body.Substring(start + line.Length);
    }

    private static bool SetText(FrontmatterEditor editor, string key, string? current, string? wanted)
    {
        if (wanted is null || wanted == (current ?? string.Empty))
        {
            return false;
        }

        if (wanted.Length == 0)
        {
            editor.Remove(key);
        }
        else
        {
            editor.Set(key, wanted);
        }

        return true;
    }

    private static void SetIfGiven(FrontmatterEditor editor, string key, string? value)
    {
        if (value is not null)
        {
            editor.Set(key, value);
        }
    }
}
