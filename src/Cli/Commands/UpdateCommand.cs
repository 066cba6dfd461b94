using System.CommandLine;
using Trackdown.Core.Editing;
using Trackdown.Core.Updating;

namespace Trackdown.Cli.Commands;

/// <summary><c>trackdown update ID</c>: changes fields surgically, enforcing the workflow unless <c>--force</c>.</summary>
internal static class UpdateCommand
{
    public static Command Create(CliContext context)
    {
        var id = SharedOptions.Id();
        var status = new Option<string>("--status") { Description = "New status; must be an allowed transition." };
        var assignee = SharedOptions.Assignee();
        var title = new Option<string>("--title") { Description = "New title (the file name keeps its slug)." };
        var priority = SharedOptions.Priority();
        var estimate = SharedOptions.Estimate();
        var addLabel = new Option<string[]>("--add-label") { Description = "Labels to add (comma-separated or repeated).", AllowMultipleArgumentsPerToken = true };
        var removeLabel = new Option<string[]>("--remove-label") { Description = "Labels to remove.", AllowMultipleArgumentsPerToken = true };
        var force = new Option<bool>("--force") { Description = "Allow a status change the workflow does not list." };
        var commit = new Option<bool>("--commit") { Description = "Commit the change: \"update(ID): status changed to X\"." };
        var command = new Command("update", "Change a task's status, assignee, labels and other fields.") { id, status, assignee, title, priority, estimate, addLabel, removeLabel, force, commit };
        command.SetAction(result =>
        {
            var workspace = context.Workspace;
            var item = ShowCommand.Find(context, workspace.LoadTasksCached(), result.GetValue(id)!);
            var update = new TaskUpdate
            {
                Status = result.GetValue(status),
                Assignee = result.GetValue(assignee) is { } a ? context.ResolveAssignee(a) : null,
                Title = result.GetValue(title),
                Priority = result.GetValue(priority),
                Estimate = result.GetValue(estimate),
                AddLabels = SharedOptions.SplitList(result.GetValue(addLabel)),
                RemoveLabels = SharedOptions.SplitList(result.GetValue(removeLabel)),
                Force = result.GetValue(force),
            };
            var outcome = TaskUpdater.Apply(item, update, workspace.Config.Workflows.Default, DateTimeOffset.UtcNow);
            var terminal = context.Terminal;
            if (outcome.NewText is null)
            {
                terminal.Output.WriteLine($"{item.Id}: nothing to change.");
                return ExitCodes.Success;
            }

            TaskFileWriter.Save(item.Document, outcome.NewText);
            if (outcome.ForcedTransition is { } forced)
            {
                terminal.Error.WriteLine($"warning: {forced}");
            }

            terminal.Output.WriteLine($"Updated {item.Id}: {string.Join("; ", outcome.Changes)}");
            if (result.GetValue(commit))
            {
                using var repo = GitCommands.Open(context);
                var what = update.Status is { } s ? $"status changed to {s}" : string.Join("; ", outcome.Changes);
                LibGit2Sharp.Commands.Stage(repo, Path.GetRelativePath(repo.Info.WorkingDirectory, item.FilePath));
                var signature = repo.Config.BuildSignature(DateTimeOffset.Now) ?? throw new UsageException("git user.name and user.email are not set; set them to commit.");
                var made = repo.Commit($"update({item.Id}): {what}", signature, signature, new LibGit2Sharp.CommitOptions());
                terminal.Output.WriteLine($"Committed {made.Sha.Substring(0, 7)}: {made.MessageShort}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
