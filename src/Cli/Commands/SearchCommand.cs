using System.CommandLine;
using Spectre.Console;
using Trackdown.Cli.Output;
using Trackdown.Core.Querying;

namespace Trackdown.Cli.Commands;

/// <summary><c>trackdown search TEXT</c>: titles and bodies, case-insensitive.</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "Text to find in titles and bodies (case-insensitive)." };
        var json = SharedOptions.Json();
        var command = new Command("search", "Find tasks whose title or body contains the text.") { query, json };
        command.SetAction(result =>
        {
            var workspace = context.Workspace;
            var results = TaskSearch.Run(context.ReadTasks().Items, result.GetValue(query)!);
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Terminal, results.Select(r => new
                {
                    task = TaskJson.From(r.Item, workspace),
                    titleMatched = r.TitleMatched,
                    hits = r.Hits,
                }));
                return ExitCodes.Success;
            }

            var console = context.Terminal.Console;
            foreach (var r in results)
            {
                console.MarkupLine($"[bold]{Markup.Escape(r.Item.Id!)}[/] {Markup.Escape(r.Item.Title ?? "")} [dim]{Markup.Escape(workspace.Relative(r.Item.FilePath))}[/]");
                foreach (var hit in r.Hits)
                {
                    console.MarkupLine($"  [dim]{hit.Line}:[/] {Markup.Escape(hit.Text)}");
                }
            }

            console.WriteLine($"{results.Count} task(s) match.");
            return ExitCodes.Success;
        });
        return command;
    }
}
