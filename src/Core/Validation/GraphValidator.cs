using Trackdown.Core.Diagnostics;
using Trackdown.Core.Model;
using Trackdown.Core.Repository;

namespace Trackdown.Core.Validation;

/// <summary>
/// Checks what no single file can: unique ids, ids that agree with file name, folder and type, references that resolve
/// to the right type, dependency cycles, statuses the workflow knows, and <c>updated</c> not before <c>created</c>.
/// </summary>
public static class GraphValidator
{
    /// <summary>Ids are checked against <paramref name="ids"/>, the config's id scheme (null: the default one).</summary>
    public static IReadOnlyList<TrackdownDiagnostic> Validate(TaskSet set, IReadOnlyCollection<string> statuses, IdScheme? ids = null)
    {
        var diagnostics = new List<TrackdownDiagnostic>();
        var first = new Dictionary<string, TaskItem>(StringComparer.Ordinal);
        foreach (var item in set.Items)
        {
            var id = item.Id!;
            if (first.TryGetValue(id, out var original))
            {
                Report(diagnostics, DiagnosticIds.DuplicateTaskId, item, "id", $"Task id '{id}' is already used by '{Path.GetFileName(original.FilePath)}'. Give this task a new id and rename its file to match.");
                continue;
            }

            first.Add(id, item);
            CheckItem(diagnostics, set, item, statuses, ids ?? IdScheme.Default);
        }

        foreach (var cycle in DependencyCycles.Find(first))
        {
            var head = first[cycle[0]];
            var path = string.Join(" -> ", cycle.Concat(new[] { cycle[0] }));
            var span = head.ItemOf("depends_on", cycle.Count > 1 ? cycle[1] : cycle[0]);
            diagnostics.Add(TrackdownDiagnostic.At(DiagnosticIds.DependencyCycle, DiagnosticSeverity.Error, head.FilePath, span, $"Dependencies form a cycle: {path}. Remove one of these 'depends_on' entries to break it."));
        }

        return diagnostics;
    }

    /// <summary>
    /// The same rules for one item against the rest of the set, and the cycles through it: what a change to that item
    /// is checked with before it is written, without validating every other file again.
    /// </summary>
    public static IReadOnlyList<TrackdownDiagnostic> ValidateItem(TaskSet set, TaskItem item, IReadOnlyCollection<string> statuses, IdScheme? ids = null)
    {
        var diagnostics = new List<TrackdownDiagnostic>();
        var id = item.Id!;
        if (set.Items.FirstOrDefault(i => i.Id == id && !string.Equals(i.FilePath, item.FilePath, StringComparison.Ordinal)) is { } other)
        {
            Report(diagnostics, DiagnosticIds.DuplicateTaskId, item, "id", $"Task id '{id}' is already used by '{Path.GetFileName(other.FilePath)}'. Give this task a new id and rename its file to match.");
            return diagnostics;
        }

        CheckItem(diagnostics, set, item, statuses, ids ?? IdScheme.Default);
        if (CycleThrough(set, item) is { } cycle)
        {
            var path = string.Join(" -> ", cycle.Concat(new[] { cycle[0] }));
            diagnostics.Add(TrackdownDiagnostic.At(DiagnosticIds.DependencyCycle, DiagnosticSeverity.Error, item.FilePath, item.ValueOf("depends_on"), $"Dependencies form a cycle: {path}. Remove one of these 'depends_on' entries to break it."));
        }

        return diagnostics;
    }

    /// <summary>
    /// A dependency cycle through <paramref name="item"/>, found by walking only what it depends on (breadth first, so
    /// the shortest cycle is reported): the cost is what the item reaches, not the size of the repository.
    /// </summary>
    private static IReadOnlyList<string>? CycleThrough(TaskSet set, TaskItem item)
    {
        var id = item.Id!;
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var dependency in item.DependsOn)
        {
            if (!previous.ContainsKey(dependency))
            {
                previous[dependency] = id;
                queue.Enqueue(dependency);
            }
        }

        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            if (at == id)
            {
                var cycle = new List<string>();
                for (var step = previous[id]; step != id; step = previous[step])
                {
                    cycle.Insert(0, step);
                }

                cycle.Insert(0, id);
                return cycle;
            }

            var next = at == id ? item : set.Find(at);
            foreach (var dependency in next?.DependsOn ?? Array.Empty<string>())
            {
                if (!previous.ContainsKey(dependency))
                {
                    previous[dependency] = at;
                    queue.Enqueue(dependency);
                }
            }
        }

        return null;
    }

    private static void CheckItem(List<TrackdownDiagnostic> diagnostics, TaskSet set, TaskItem item, IReadOnlyCollection<string> statuses, IdScheme ids)
    {
        CheckIdentity(diagnostics, item, item.Id!, ids);
        CheckReferences(diagnostics, set, item);
        if (item.Status is { } status && !statuses.Contains(status))
        {
            Report(diagnostics, DiagnosticIds.UnknownStatus, item, "status", $"Status '{status}' is not in the workflow. Use one of {Quote(statuses)}, or add it to workflows.default.statuses in .ai-trackdown/config.yaml.");
        }

        if (item.Created is { } created && item.Updated is { } updated && updated < created)
        {
            Report(diagnostics, DiagnosticIds.UpdatedBeforeCreated, item, "updated", $"'updated' ({FormatDate(updated)}) is earlier than 'created' ({FormatDate(created)}). Set 'updated' to a time at or after 'created'.");
        }
    }

    private static void CheckIdentity(List<TrackdownDiagnostic> diagnostics, TaskItem item, string id, IdScheme ids)
    {
        var fileName = Path.GetFileNameWithoutExtension(item.FilePath);
        if (fileName != id && !fileName.StartsWith(id + "-", StringComparison.Ordinal))
        {
            Report(diagnostics, DiagnosticIds.IdFileNameMismatch, item, "id", $"Task id '{id}' does not match the file name '{Path.GetFileName(item.FilePath)}'. Rename the file to '{id}-<slug>.md' or fix the id.");
        }

        if (item.Type is not { } type)
        {
            return; // the schema reports a missing or unknown type
        }

        if (!(ids.TryParse(id, out var idType, out _) && idType == type))
        {
            Report(diagnostics, DiagnosticIds.IdTypeMismatch, item, "id", $"Task id '{id}' does not fit type '{type.Name()}'. Use an id of the form '{ids.Format(type, 1)}' or change the type.");
        }

        var folder = Path.GetFileName(Path.GetDirectoryName(item.FilePath));
        if (!string.Equals(folder, type.Folder(), StringComparison.Ordinal))
        {
            Report(diagnostics, DiagnosticIds.TypeFolderMismatch, item, "type", $"A task of type '{type.Name()}' is in folder '{folder}'. Move the file to the '{type.Folder()}' folder or change the type.");
        }
    }

    private static void CheckReferences(List<TrackdownDiagnostic> diagnostics, TaskSet set, TaskItem item)
    {
        // Only tasks have a parent (an issue), and epics belong to nothing.
        if (item.Type is TaskType.Epic or TaskType.Issue && item.Parent is not null)
        {
            Report(diagnostics, DiagnosticIds.WrongReferenceType, item, "parent", $"{Capital(Article(item.Type.Value))} {item.Type.Value.Name()} cannot have a 'parent'; only tasks belong to an issue. Use 'epic' for an issue's epic, or remove 'parent'.");
        }

        if (item.Type == TaskType.Epic && item.Epic is not null)
        {
            Report(diagnostics, DiagnosticIds.WrongReferenceType, item, "epic", "An epic cannot belong to another epic. Remove 'epic', or make this item an issue.");
        }

        if (item.Epic is { } epic && item.Type != TaskType.Epic)
        {
            CheckReference(diagnostics, set, item, "epic", epic, TaskType.Epic, item.ValueOf("epic"));
        }

        if (item.Parent is { } parent && item.Type is not (TaskType.Epic or TaskType.Issue))
        {
            CheckReference(diagnostics, set, item, "parent", parent, TaskType.Issue, item.ValueOf("parent"));

            // A task belongs to its issue's epic: naming another one would count it twice in progress and budgets.
            if (item.Epic is { } own && set.Find(parent) is { Type: TaskType.Issue, Epic: { } inherited } && inherited != own)
            {
                Report(diagnostics, DiagnosticIds.EpicMismatch, item, "epic", $"'epic' names '{own}', but the parent '{parent}' belongs to '{inherited}'. Remove 'epic' (the task inherits its issue's epic) or set it to '{inherited}'.");
            }
        }

        foreach (var dependency in item.DependsOn)
        {
            CheckReference(diagnostics, set, item, "depends_on", dependency, null, item.ItemOf("depends_on", dependency));
        }
    }

    private static void CheckReference(List<TrackdownDiagnostic> diagnostics, TaskSet set, TaskItem item, string key, string target, TaskType? expected, SourceSpan span)
    {
        var found = set.Find(target);
        if (found is null)
        {
            diagnostics.Add(TrackdownDiagnostic.At(DiagnosticIds.DanglingReference, DiagnosticSeverity.Error, item.FilePath, span, $"'{key}' names '{target}', but no task has that id. Fix the id or create the task."));
        }
        else if (expected is { } type && found.Type is { } actual && actual != type)
        {
            diagnostics.Add(TrackdownDiagnostic.At(DiagnosticIds.WrongReferenceType, DiagnosticSeverity.Error, item.FilePath, span, $"'{key}' names '{target}', which is {Article(actual)} {actual.Name()}. '{key}' must name {Article(type)} {type.Name()}."));
        }
    }

    private static void Report(List<TrackdownDiagnostic> diagnostics, string id, TaskItem item, string key, string message)
        => diagnostics.Add(TrackdownDiagnostic.At(id, DiagnosticSeverity.Error, item.FilePath, item.ValueOf(key), message));

    private static string Article(TaskType type) => type == TaskType.Task ? "a" : "an";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    private static string FormatDate(DateTimeOffset date) => date.ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
}
