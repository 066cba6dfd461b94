using System.CommandLine;
using Trackdown.Cli.Output;

namespace Trackdown.Cli.Commands;

/// <summary><c>trackdown delete ID [--force]</c>: refused while other items reference it, unless --force clears the references.</summary>
internal static class DeleteCommand
{
    public static Command Create(CliContext context)
    {
        var (id, json) = (SharedOptions.Id(), SharedOptions.Json());
        var force = new Option<bool>("--force") { Description = "Delete even when other items reference it, removing those references." };
        var command = new Command("delete", "Delete an item's file and comments (git keeps the history).") { id, force, json };
        command.SetAction(result =>
        {
            var outcome = context.Service.DeleteAsync(context.RequireId(result.GetValue(id)!), result.GetValue(force), context.Origin(result)).GetAwaiter().GetResult();
            if (result.GetValue(json))
            {
                ChangePrinter.Print(context, outcome, "Deleted", json: true);
                return ExitCodes.Success;
            }

            foreach (var change in outcome.Events.Where(e => e.Id != outcome.Id))
            {
                context.Terminal.Output.WriteLine($"Updated {change.Id}: {string.Join("; ", change.Changes.Select(ChangePrinter.Describe))}");
            }

            context.Terminal.Output.WriteLine($"Deleted {outcome.Id}: {context.Workspace.Relative(outcome.FilePath!)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
