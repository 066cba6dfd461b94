using System.CommandLine;
using Spectre.Console;
using Trackdown.Cli.Output;
using Trackdown.Core.Model;
using Trackdown.Core.Querying;

namespace Trackdown.Cli.Commands;

/// <summary><c>trackdown list</c>: a filtered table of tasks, or one JSON array.</summary>
internal static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var status = new Option<string[]>("--status") { Description = "Only these statuses (comma-separated or repeated).", AllowMultipleArgumentsPerToken = true };
        var type = new Option<string[]>("--type") { Description = "Only these types: epic, issue, task.", AllowMultipleArgumentsPerToken = true };
        var assignee = SharedOptions.Assignee();
        var label = new Option<string>("--label") { Description = "Only tasks with this label." };
        var priority = SharedOptions.Priority();
        var epic = new Option<string>("--epic") { Description = "Only items of this epic (its issues and their tasks)." };
        var parent = new Option<string>("--parent") { Description = "Only tasks of this issue." };
        var json = SharedOptions.Json();
        var command = new Command("list", "List tasks, filtered and sorted by id.") { status, type, assignee, label, priority, epic, parent, json };
        command.SetAction(result =>
        {
            var types = new List<TaskType>();
            foreach (var name in SharedOptions.SplitList(result.GetValue(type)))
            {
                types.Add(TaskTypes.TryParse(name, out var t) ? t : throw new UsageException($"'{name}' is not a type; use epic, issue or task."));
            }

            var filter = new TaskFilter
            {
                Statuses = SharedOptions.SplitList(result.GetValue(status)),
                Types = types,
                Assignee = result.GetValue(assignee) is { } a ? context.ResolveAssignee(a) : null,
                Label = result.GetValue(label),
                Priority = result.GetValue(priority),
                Epic = result.GetValue(epic),
                Parent = result.GetValue(parent),
            };
            var workspace = context.Workspace;
            var set = workspace.LoadTasksCached();
            var items = filter.Apply(set.Items, set.Find).ToList();
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Terminal, items.Select(i => TaskJson.From(i, workspace)));
                return ExitCodes.Success;
            }

            Render(context.Terminal, items);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(Terminal terminal, IReadOnlyList<TaskItem> items)
    {
        if (items.Count == 0)
        {
            terminal.Console.WriteLine("No tasks match.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("ID", "Type", "Status", "Priority", "Assignee", "Title");
        foreach (var item in items)
        {
            table.AddRow(
                Markup.Escape(item.Id!),
                Markup.Escape(item.TypeName ?? "?"),
                StatusMarkup(item.Status),
                Markup.Escape(item.Priority ?? ""),
                Markup.Escape(item.Assignee ?? ""),
                Markup.Escape(item.Title ?? ""));
        }

        terminal.Console.Write(table);
        terminal.Console.WriteLine($"{items.Count} task(s)");
    }

    internal static string StatusMarkup(string? status) => status switch
    {
        null => "",
        "done" => "[green]done[/]",
        "blocked" => "[red]blocked[/]",
        "in-progress" => "[yellow]in-progress[/]",
        "in-review" => "[blue]in-review[/]",
        _ => Markup.Escape(status),
    };
}
