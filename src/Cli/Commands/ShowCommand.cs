using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Trackdown.Cli.Output;
using Trackdown.Core.Generation;
using Trackdown.Core.Model;
using Trackdown.Core.Querying;
using Trackdown.Core.Repository;

namespace Trackdown.Cli.Commands;

/// <summary><c>trackdown show ID</c>: every field and the body of one task.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = SharedOptions.Id();
        var json = SharedOptions.Json();
        var command = new Command("show", "Show one task with its fields, body, children, token usage and (epics) progress.") { id, json };
        command.SetAction(result =>
        {
            var workspace = context.Workspace;
            var set = context.ReadTasks();
            var item = Find(context, set, result.GetValue(id)!);
            var overview = TaskOverview.For(item, set, GenerationOptionsFactory.From(workspace));
            var comments = Core.Service.CommentStore.Read(workspace.Root, item.Id!);
            DiagnosticPrinter.Print(context.Terminal, workspace, comments.Diagnostics);
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Terminal, TaskJson.From(overview, workspace) with
                {
                    Comments = comments.Comments.Select(c => new CommentJson(c.Id, c.Author, c.ByAgent, c.Created, c.Body)).ToList(),
                });
                return ExitCodes.Success;
            }

            var grid = new Grid().AddColumn().AddColumn();
            void Row(string name, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    grid.AddRow($"[bold]{name}[/]", Markup.Escape(value!));
                }
            }

            Row("Type", item.TypeName);
            grid.AddRow("[bold]Status[/]", ListCommand.StatusMarkup(item.Status));
            Row("Epic", item.Epic);
            Row("Parent", item.Parent);
            Row("Depends on", string.Join(", ", item.DependsOn));
            Row("Assignee", item.Assignee);
            Row("Priority", item.Priority);
            Row("Labels", string.Join(", ", item.Labels));
            Row("Estimate", item.Estimate?.ToString(CultureInfo.InvariantCulture));
            Row("Token budget", item.TokenBudget?.ToString("N0", CultureInfo.InvariantCulture));
            Row("Token usage", Usage(overview.Usage));
            Row("Progress", overview.Progress is { } p ? $"{p.Closed}/{p.Total} closed ({p.Percent}%)" : null);
            Row("Created", item.Created?.ToString("u", CultureInfo.InvariantCulture));
            Row("Updated", item.Updated?.ToString("u", CultureInfo.InvariantCulture));
            Row("File", workspace.Relative(item.FilePath));
            var console = context.Terminal.Console;
            console.Write(new Panel(grid).Header(Markup.Escape($"{item.Id}: {item.Title}")));
            console.WriteLine(item.Body.TrimEnd());
            if (overview.Children.Count > 0)
            {
                console.WriteLine();
                console.MarkupLine($"[bold]{(item.Type == TaskType.Epic ? "Issues and tasks" : "Tasks")}[/] ({overview.Children.Count})");
                foreach (var child in overview.Children)
                {
                    console.MarkupLine($"  {Markup.Escape(child.Id!)}  {ListCommand.StatusMarkup(child.Status)}  {Markup.Escape(child.Title ?? "")}");
                }
            }

            if (comments.Comments.Count > 0)
            {
                console.WriteLine();
                console.MarkupLine($"[bold]Comments[/] ({comments.Comments.Count})");
                foreach (var comment in comments.Comments)
                {
                    console.MarkupLine($"  [bold]{Markup.Escape((comment.ByAgent ? "agent " : "@") + comment.Author)}[/] {comment.Created.ToString("u", CultureInfo.InvariantCulture)}");
                    console.WriteLine("    " + comment.Body.Replace("\n", "\n    "));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string? Usage(TokenUsage? usage)
        => usage is null
            ? null
            : usage.Total.ToString("N0", CultureInfo.InvariantCulture) + (usage.ByAgent.Count == 0
                ? string.Empty
                : " (" + string.Join(", ", usage.ByAgent.Select(a => $"{a.Key} {a.Value.ToString("N0", CultureInfo.InvariantCulture)}")) + ")");

    /// <summary>The task with this id, or a validation failure naming the id.</summary>
    internal static TaskItem Find(CliContext context, TaskSet set, string id)
    {
        if (set.Find(context.RequireId(id)) is { } item)
        {
            return item;
        }

        throw Core.Service.TrackerService.NotFound(context.Workspace, id); // also says when a file named for it does not parse
    }
}
