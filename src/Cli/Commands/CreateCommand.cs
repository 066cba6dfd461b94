using System.CommandLine;
using Spectre.Console;
using Trackdown.Cli.Output;
using Trackdown.Core.Model;
using Trackdown.Core.Service;

namespace Trackdown.Cli.Commands;

/// <summary><c>trackdown create epic|issue|task "Title"</c>: a new task file from the template, with the next free id.</summary>
internal static class CreateCommand
{
    public static Command Create(CliContext context)
    {
        var type = new Argument<string>("type") { Description = "epic, issue or task." }.AcceptOnlyFromAmong("epic", "issue", "task");
        var title = new Argument<string?>("title") { Description = "The title; prompted for on a terminal when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var epic = new Option<string>("--epic") { Description = "The epic this issue or task belongs to." };
        var parent = new Option<string>("--parent") { Description = "The issue this task belongs to (its epic is inherited)." };
        var assignee = SharedOptions.Assignee();
        var labels = new Option<string[]>("--labels", "--label") { Description = "Labels, comma-separated or repeated.", AllowMultipleArgumentsPerToken = true };
        var priority = SharedOptions.Priority();
        var estimate = SharedOptions.Estimate();
        var budget = new Option<long?>("--budget") { Description = "Token budget (epics, optionally issues)." };
        var status = new Option<string>("--status") { Description = "Initial status; default: the workflow's first status." };
        var dependsOn = new Option<string[]>("--depends-on") { Description = "Ids this task depends on, comma-separated or repeated.", AllowMultipleArgumentsPerToken = true };
        var json = SharedOptions.Json();
        var command = new Command("create", "Create an epic, issue or task.") { type, title, epic, parent, assignee, labels, priority, estimate, budget, status, dependsOn, json };
        command.SetAction(result =>
        {
            TaskTypes.TryParse(result.GetValue(type), out var taskType);
            var workspace = context.Workspace;
            var givenTitle = result.GetValue(title) ?? Prompt(context, taskType);
            var request = new CreateRequest(taskType, givenTitle)
            {
                Epic = Id(context, result.GetValue(epic)),
                Parent = Id(context, result.GetValue(parent)),
                Assignee = result.GetValue(assignee) is { } a ? context.ResolveAssignee(a) : null,
                Labels = SharedOptions.SplitList(result.GetValue(labels)),
                Priority = result.GetValue(priority),
                Estimate = result.GetValue(estimate),
                TokenBudget = result.GetValue(budget),
                Status = result.GetValue(status),
                DependsOn = SharedOptions.SplitList(result.GetValue(dependsOn)).Select(context.RequireId).ToList(),
            };
            if (taskType != TaskType.Task && request.Parent is not null)
            {
                throw new UsageException("--parent is for tasks; an issue belongs to an epic (--epic).");
            }

            if (taskType == TaskType.Epic && request.Epic is not null)
            {
                throw new UsageException("--epic is for issues and tasks; an epic cannot belong to another epic.");
            }

            var created = context.Service.CreateAsync(request, context.Origin(result)).GetAwaiter().GetResult();
            var path = workspace.Relative(created.FilePath!);
            foreach (var warning in created.Warnings)
            {
                context.Terminal.Error.WriteLine($"warning: {warning}");
            }

            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Terminal, new { id = created.Id, path });
            }
            else
            {
                context.Terminal.Output.WriteLine($"Created {created.Id}: {path}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string? Id(CliContext context, string? id) => id is null ? null : context.RequireId(id);

    private static string Prompt(CliContext context, TaskType type)
    {
        if (!context.Terminal.CanPrompt)
        {
            throw new UsageException($"A title is required: dotnet trackdown create {type.Name()} \"Title\".");
        }

        return context.Terminal.Console.Prompt(new TextPrompt<string>($"Title of the new {type.Name()}:"));
    }
}
