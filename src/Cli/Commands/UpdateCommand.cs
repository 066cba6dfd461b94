using System.CommandLine;
using Trackdown.Cli.Output;
using Trackdown.Core.Service;
using Trackdown.Integrations.Git;

namespace Trackdown.Cli.Commands;

/// <summary><c>trackdown update ID</c>: changes fields through the service, which enforces the workflow and the task graph.</summary>
internal static class UpdateCommand
{
    public static Command Create(CliContext context)
    {
        var id = SharedOptions.Id();
        var status = new Option<string>("--status") { Description = "New status; must be an allowed transition." };
        var assignee = SharedOptions.Assignee();
        var title = new Option<string>("--title") { Description = "New title (the file name keeps its slug; a matching '# Title' heading follows)." };
        var priority = SharedOptions.Priority();
        var estimate = SharedOptions.Estimate();
        var epic = new Option<string>("--epic") { Description = "Move to this epic ('' removes the epic)." };
        var parent = new Option<string>("--parent") { Description = "Move a task under this issue ('' removes the parent)." };
        var dependsOn = new Option<string[]>("--depends-on") { Description = "Replace the dependencies (comma-separated or repeated; '' clears them).", AllowMultipleArgumentsPerToken = true };
        var budget = new Option<long?>("--budget") { Description = "Token budget (epics, optionally issues)." };
        var addLabel = new Option<string[]>("--add-label") { Description = "Labels to add (comma-separated or repeated).", AllowMultipleArgumentsPerToken = true };
        var removeLabel = new Option<string[]>("--remove-label") { Description = "Labels to remove.", AllowMultipleArgumentsPerToken = true };
        var force = SharedOptions.Force();
        var commit = new Option<bool>("--commit") { Description = "Commit the change: \"update(ID): status changed to X\" (satisfies requires_commit)." };
        var json = SharedOptions.Json();
        var command = new Command("update", "Change a task's status, assignee, labels, epic, parent, dependencies and other fields.")
        {
            id, status, assignee, title, priority, estimate, epic, parent, dependsOn, budget, addLabel, removeLabel, force, commit, json,
        };
        command.SetAction(result =>
        {
            var taskId = context.RequireId(result.GetValue(id)!);
            var withCommit = result.GetValue(commit);
            if (withCommit)
            {
                RequireGitIdentity(context); // before anything changes: a move that needs the commit must get one
            }

            var changes = new ItemChanges
            {
                Status = result.GetValue(status),
                Assignee = result.GetValue(assignee) is { } a ? (a.Length == 0 ? string.Empty : context.ResolveAssignee(a)) : null,
                Title = result.GetValue(title),
                Priority = result.GetValue(priority),
                Estimate = result.GetValue(estimate),
                Epic = OptionalId(context, result.GetValue(epic)),
                Parent = OptionalId(context, result.GetValue(parent)),
                DependsOn = result.GetResult(dependsOn) is null ? null : SharedOptions.SplitList(result.GetValue(dependsOn)).Select(context.RequireId).ToList(),
                TokenBudget = result.GetValue(budget),
                AddLabels = SharedOptions.SplitList(result.GetValue(addLabel)),
                RemoveLabels = SharedOptions.SplitList(result.GetValue(removeLabel)),
                Force = result.GetValue(force),
                ViaCommit = withCommit,
            };
            if (changes.Title is { } t && t.Trim().Length == 0)
            {
                throw new UsageException("--title cannot be empty.");
            }

            var outcome = context.Service.UpdateAsync(taskId, changes, context.Origin(result)).GetAwaiter().GetResult();
            var asJson = result.GetValue(json);
            ChangePrinter.Print(context, outcome, "Updated", asJson);
            if (withCommit && outcome.Event is { } change)
            {
                var what = change.Changes.FirstOrDefault(c => c.Field == "status") is { } s ? $"status changed to {s.New}" : string.Join("; ", change.Changes.Select(ChangePrinter.Describe));
                var paths = new[] { outcome.FilePath!, AuditTrail.PathFor(context.Workspace.Root) };
                var sha = GitCli.CommitPaths(context.Workspace.Root, $"update({taskId}): {what}", paths, noVerify: false);
                if (!asJson)
                {
                    context.Terminal.Output.WriteLine($"Committed {sha}: update({taskId}): {what}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>An id option where '' means "remove the field".</summary>
    private static string? OptionalId(CliContext context, string? value) => value is null || value.Length == 0 ? value : context.RequireId(value);

    private static void RequireGitIdentity(CliContext context)
    {
        using var repo = GitCommands.Open(context);
        if (repo.Config.BuildSignature(DateTimeOffset.Now) is null)
        {
            throw new UsageException("git user.name and user.email are not set; set them to commit (git config user.name / user.email).");
        }
    }
}
