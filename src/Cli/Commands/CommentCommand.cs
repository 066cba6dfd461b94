using System.CommandLine;
using Trackdown.Cli.Output;

namespace Trackdown.Cli.Commands;

/// <summary><c>trackdown comment ID "text"</c> (or <c>--file F</c>, or the editor on a terminal): a comment as a file of its own.</summary>
internal static class CommentCommand
{
    public static Command Create(CliContext context)
    {
        var id = SharedOptions.Id();
        var text = new Argument<string?>("text") { Description = "The comment; omitted: --file, or your editor on a terminal.", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string>("--file") { Description = "Read the comment from this file ('-' for standard input)." };
        var json = SharedOptions.Json();
        var command = new Command("comment", "Add a comment to an item.") { id, text, file, json };
        command.SetAction(result =>
        {
            var taskId = context.RequireId(result.GetValue(id)!);
            var body = result.GetValue(text) ?? FromFile(context, result.GetValue(file)) ?? FromEditor(context, taskId);
            var outcome = context.Service.CommentAsync(taskId, body, context.Origin(result)).GetAwaiter().GetResult();
            ChangePrinter.Print(context, outcome, "Commented on", result.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string? FromFile(CliContext context, string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (path == "-")
        {
            return Console.In.ReadToEnd();
        }

        var full = Path.Combine(context.WorkingDirectory, path);
        return File.Exists(full) ? File.ReadAllText(full) : throw new UsageException($"'{path}' does not exist.");
    }

    private static string FromEditor(CliContext context, string taskId)
    {
        if (!context.Terminal.CanPrompt)
        {
            throw new UsageException($"Give the comment: dotnet trackdown comment {taskId} \"text\" (or --file F).");
        }

        var draft = Path.Combine(Path.GetTempPath(), $"trackdown-comment-{taskId}-{Guid.NewGuid():N}.md");
        File.WriteAllText(draft, string.Empty);
        try
        {
            Editor.Open(draft);
            return File.ReadAllText(draft);
        }
        finally
        {
            File.Delete(draft);
        }
    }
}
