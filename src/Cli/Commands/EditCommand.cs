using System.CommandLine;
using Spectre.Console;
using Trackdown.Cli.Output;
using Trackdown.Core.Service;

namespace Trackdown.Cli.Commands;

/// <summary>
/// <c>trackdown edit ID</c>: the whole file in $VISUAL/$EDITOR, saved through the service only when it is still valid.
/// A broken attempt never replaces the file: on a terminal the problems are shown and the editor offered again;
/// otherwise the attempt is kept beside the file (<c>NAME.md.rejected</c>) and the command exits 1.
/// </summary>
internal static class EditCommand
{
    public static Command Create(CliContext context)
    {
        var (id, json) = (SharedOptions.Id(), SharedOptions.Json());
        var command = new Command("edit", "Edit an item's file in your editor; validated before it is saved.") { id, json };
        command.SetAction(result =>
        {
            var item = ShowCommand.Find(context, context.Service.Items(), result.GetValue(id)!);
            var original = File.ReadAllText(item.FilePath);
            var draft = Path.Combine(Path.GetTempPath(), $"trackdown-{Path.GetFileNameWithoutExtension(item.FilePath)}-{Guid.NewGuid():N}.md");
            File.WriteAllText(draft, original);
            try
            {
                while (true)
                {
                    Editor.Open(draft);
                    var edited = File.ReadAllText(draft);
                    if (edited == original)
                    {
                        context.Terminal.Output.WriteLine($"{item.Id}: no changes.");
                        return ExitCodes.Success;
                    }

                    try
                    {
                        var outcome = context.Service.ReplaceTextAsync(item.Id!, edited, context.Origin(result)).GetAwaiter().GetResult();
                        ChangePrinter.Print(context, outcome, "Edited", result.GetValue(json));
                        return ExitCodes.Success;
                    }
                    catch (TrackdownRefusal refusal)
                    {
                        RefusalPrinter.Print(context, refusal);
                        if (context.Terminal.CanPrompt && context.Terminal.Console.Confirm("Open the editor again to fix it?"))
                        {
                            continue;
                        }

                        var kept = item.FilePath + ".rejected";
                        File.Copy(draft, kept, overwrite: true);
                        context.Terminal.Error.WriteLine($"{context.Workspace.Relative(item.FilePath)} was not changed; your edit is kept in {context.Workspace.Relative(kept)}.");
                        return ExitCodes.ValidationFailed;
                    }
                }
            }
            finally
            {
                File.Delete(draft);
            }
        });
        return command;
    }
}
