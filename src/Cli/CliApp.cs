using System.CommandLine;
using Trackdown.Cli.Commands;
using Trackdown.Cli.Output;
using Trackdown.Core.Service;

namespace Trackdown.Cli;

/// <summary>Builds the command tree and maps outcomes to exit codes (README: 0 ok, 1 validation, 2 usage, 3 external).</summary>
internal static class CliApp
{
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("Git-native markdown task tracking for .NET teams and AI agents.");
        foreach (var command in new[]
        {
            InitCommand.Create(context),
            CreateCommand.Create(context),
            ListCommand.Create(context),
            ShowCommand.Create(context),
            UpdateCommand.Create(context),
            SearchCommand.Create(context),
            ValidateCommand.Create(context),
            GenerateCommand.Create(context),
            RefsCommand.Create(context),
            TokensCommand.Create(context),
            ContextCommand.Create(context),
            CompletionCommand.Create(context),
            HistoryCommand.Create(context),
            EditCommand.Create(context),
            DeleteCommand.Create(context),
            CommentCommand.Create(context),
        }.Concat(WorkflowCommands.Create(context)).Concat(GitCommands.Create(context)))
        {
            root.Subcommands.Add(command);
        }

        root.Options.Add(context.AgentOption);

        return root;
    }

    public static int Run(string[] args, Terminal terminal, string? workingDirectory = null)
    {
        var context = new CliContext(terminal, workingDirectory ?? Directory.GetCurrentDirectory());
        var root = BuildRoot(context);
        // '@alice' is an assignee, not a response file.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var error in parsed.Errors)
            {
                terminal.Error.WriteLine($"error: {error.Message}");
            }

            foreach (var suggestion in TypoSuggestion.For(parsed))
            {
                terminal.Error.WriteLine(suggestion);
            }

            terminal.Error.WriteLine("Run 'dotnet trackdown --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = terminal.Output, Error = terminal.Error });
        }
        catch (UsageException ex)
        {
            terminal.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (TrackdownRefusal refusal)
        {
            RefusalPrinter.Print(context, refusal);
            return ExitCodes.ValidationFailed;
        }
        catch (InvalidOperationException ex)
        {
            // The surgical editor refused an edit it could not make safely; nothing was written.
            terminal.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.ValidationFailed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LibGit2Sharp.LibGit2SharpException)
        {
            terminal.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.ExternalFailure;
        }
        catch (Exception ex)
        {
            terminal.Error.WriteLine($"error TRK9001: Unexpected {ex.GetType().Name}: {ex.Message} Please report this with the command you ran.");
            terminal.Error.WriteLine(ex.StackTrace);
            return ExitCodes.ExternalFailure;
        }
    }
}
