using Trackdown.Core.Repository;
using Trackdown.Core.Service;

namespace Trackdown.Cli.Output;

/// <summary>How a change is reported: one line per changed item (or JSON), and warnings on stderr.</summary>
internal static class ChangePrinter
{
    public static void Print(CliContext context, ChangeResult result, string verb, bool json)
    {
        var terminal = context.Terminal;
        var workspace = context.Workspace;
        foreach (var warning in result.Warnings)
        {
            terminal.Error.WriteLine($"warning: {warning}");
        }

        foreach (var change in result.Events.Where(e => e.Forced))
        {
            terminal.Error.WriteLine($"warning: Forced transition of '{change.Id}': {change.Note}");
        }

        if (json)
        {
            JsonOutput.Write(terminal, ToJson(result, workspace));
            return;
        }

        if (!result.Changed)
        {
            terminal.Output.WriteLine($"{result.Id}: nothing to change.");
            return;
        }

        foreach (var change in result.Events)
        {
            var what = string.Join("; ", change.Changes.Select(Describe));
            var note = change.Note is null ? string.Empty : $" ({change.Note})";
            terminal.Output.WriteLine($"{(change.Id == result.Id ? verb : "Updated")} {change.Id}: {what}{note}");
        }
    }

    public static object ToJson(ChangeResult result, TrackdownWorkspace workspace) => new
    {
        id = result.Id,
        path = result.FilePath is null ? null : workspace.Relative(result.FilePath),
        changed = result.Changed,
        events = result.Events.Select(EventJson),
        warnings = result.Warnings,
    };

    public static object EventJson(ChangeEvent e) => new
    {
        time = e.Time,
        id = e.Id,
        action = e.Action,
        actor = e.Actor.Name,
        agent = e.Actor.IsAgent,
        source = e.Source,
        changes = e.Changes.Select(c => new { field = c.Field, old = c.Old, @new = c.New }),
        note = e.Note,
        forced = e.Forced ? true : (bool?)null,
    };

    public static string Describe(FieldChange c) => c.Field switch
    {
        "comment" => $"comment \"{c.New}\"",
        _ when c.Old is null => $"{c.Field}: {c.New}",
        _ when c.New is null => $"{c.Field}: {c.Old} -> (removed)",
        _ => $"{c.Field}: {c.Old} -> {c.New}",
    };
}
