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
        var status = SharedOptions.Status<string[]>("Only these statuses (comma-separated or repeated).");
        status.AllowMultipleArgumentsPerToken = true;
        var type = new Option<string[]>("--type") { Description = "Only these types: epic, issue, task.", AllowMultipleArgumentsPerToken = true };
        var assignee = SharedOptions.Assignee();
        var label = new Option<string>("--label") { Description = "Only tasks with this label." };
        var priority = SharedOptions.Priority();
        var epic = new Option<string>("--epic") { Description = "Only items of this epic (its issues and their tasks).", HelpName = "id" };
        var parent = new Option<string>("--parent") { Description = "Only tasks of this issue.", HelpName = "id" };
        epic.CompletionSources.Add(CompletionValues.IdsOf(TaskType.Epic));
        parent.CompletionSources.Add(CompletionValues.IdsOf(TaskType.Issue));
        var sort = new Option<string>("--sort") { Description = "Order by id, updated (newest first), priority (critical first) or status (workflow order); ties by id.", DefaultValueFactory = _ => TaskSort.ById }.AcceptOnlyFromAmong(TaskSort.Keys.ToArray());
        var reverse = new Option<bool>("--reverse") { Description = "Reverse the --sort order." };
        var limit = new Option<int?>("--limit") { Description = "Show at most this many tasks (after sorting)." };
        limit.Validators.Add(r =>
        {
            if (r.GetValue(limit) is < 0)
            {
                r.AddError("--limit cannot be negative.");
            }
        });
        var json = SharedOptions.Json();
        var command = new Command("list", "List tasks, filtered and sorted; tab-separated when stdout is not a terminal.") { status, type, assignee, label, priority, epic, parent, sort, reverse, limit, json };
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
            var set = context.ReadTasks();
            var order = new TaskSort { Key = result.GetValue(sort)!, Reverse = result.GetValue(reverse), Limit = result.GetValue(limit), Statuses = workspace.Config.Workflows.Default.Statuses };
            var items = order.Apply(filter.Apply(set.Items, set.Find));
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Terminal, items.Select(i => TaskJson.From(i, workspace)));
                return ExitCodes.Success;
            }

            if (context.Terminal.IsRedirected)
            {
                WriteRows(context.Terminal.Output, items);
            }
            else
            {
                Render(context.Terminal, items);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static readonly string[] Columns = { "ID", "Type", "Status", "Priority", "Assignee", "Title" };

    /// <summary>For pipes and files (as <c>gh</c> does): a header, then one tab-separated row per task, no decoration.</summary>
    private static void WriteRows(TextWriter output, IReadOnlyList<TaskItem> items)
    {
        output.WriteLine(string.Join("\t", Columns.Select(c => c.ToUpperInvariant())));
        foreach (var item in items)
        {
            output.WriteLine(string.Join("\t", new[] { item.Id, item.TypeName, item.Status, item.Priority, item.Assignee, item.Title }.Select(Cell)));
        }
    }

    /// <summary>A tab or line break inside a value would split the row: it becomes a space.</summary>
    private static string Cell(string? value)
        => value is null ? string.Empty : string.Join(" ", value.Split(new[] { '\t', '\r', '\n' }, StringSplitOptions.None));

    private static void Render(Terminal terminal, IReadOnlyList<TaskItem> items)
    {
        if (items.Count == 0)
        {
            terminal.Console.WriteLine("No tasks match.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns(Columns);
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
