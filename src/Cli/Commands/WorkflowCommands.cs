using System.CommandLine;
using Trackdown.Cli.Output;

namespace Trackdown.Cli.Commands;

/// <summary><c>close</c>, <c>reopen</c>, <c>assign</c> and <c>claim</c>: status and ownership moves through the service.</summary>
internal static class WorkflowCommands
{
    public static IEnumerable<Command> Create(CliContext context) => new[] { Close(context), Reopen(context), Assign(context), Claim(context), Approve(context) };

    private static Command Close(CliContext context)
        => Move(context, "close", "Move an item to the workflow's closed status, through its transitions.", "Closed", (i, r, f, o, c) => context.Service.CloseAsync(i, r, f, o, c));

    private static Command Reopen(CliContext context)
        => Move(context, "reopen", "Move a closed item back to the first open status the workflow allows.", "Reopened", (i, r, f, o, c) => context.Service.ReopenAsync(i, r, f, o, c));

    /// <summary>close and reopen: the same options, a different move.</summary>
    private static Command Move(CliContext context, string name, string description, string verb, Func<string, string?, bool, Core.Service.ChangeOrigin, CancellationToken, Task<Core.Service.ChangeResult>> move)
    {
        var (id, reason, force, json) = (SharedOptions.Id(), Reason(), SharedOptions.Force(), SharedOptions.Json());
        var command = new Command(name, description) { id, reason, force, json };
        command.SetAction(result =>
        {
            var outcome = move(context.RequireId(result.GetValue(id)!), result.GetValue(reason), result.GetValue(force), context.Origin(result), CancellationToken.None).GetAwaiter().GetResult();
            ChangePrinter.Print(context, outcome, verb, result.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Assign(CliContext context)
    {
        var id = SharedOptions.Id();
        var who = new Argument<string?>("assignee") { Description = "Who takes it, e.g. @bob.", Arity = ArgumentArity.ZeroOrOne };
        var me = new Option<bool>("--me") { Description = "Assign it to yourself." };
        var none = new Option<bool>("--none") { Description = "Remove the assignee." };
        var json = SharedOptions.Json();
        var command = new Command("assign", "Set or remove an item's assignee.") { id, who, me, none, json };
        command.SetAction(result =>
        {
            var given = new[] { result.GetValue(who) is not null, result.GetValue(me), result.GetValue(none) }.Count(b => b);
            if (given != 1)
            {
                throw new UsageException("Give exactly one of an assignee (e.g. @bob), --me or --none.");
            }

            var assignee = result.GetValue(none) ? string.Empty : context.ResolveAssignee(result.GetValue(me) ? "@me" : result.GetValue(who)!);
            var outcome = context.Service.AssignAsync(context.RequireId(result.GetValue(id)!), assignee, context.Origin(result)).GetAwaiter().GetResult();
            ChangePrinter.Print(context, outcome, "Assigned", result.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Claim(CliContext context)
    {
        var (id, json) = (SharedOptions.Id(), SharedOptions.Json());
        var command = new Command("claim", "Take an item atomically: assignee and in-progress in one change; refused if someone else holds it.") { id, json };
        command.SetAction(result =>
        {
            var outcome = context.Service.ClaimAsync(context.RequireId(result.GetValue(id)!), context.Origin(result)).GetAwaiter().GetResult();
            ChangePrinter.Print(context, outcome, "Claimed", result.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Approve(CliContext context)
    {
        var (id, json) = (SharedOptions.Id(), SharedOptions.Json());
        var comment = new Option<string>("--comment") { Description = "Say why; kept as a comment on the item." };
        var command = new Command("approve", "Approve an item (requires_approval); by someone other than its assignee.") { id, comment, json };
        command.SetAction(result =>
        {
            var outcome = context.Service.ApproveAsync(context.RequireId(result.GetValue(id)!), result.GetValue(comment), context.Origin(result)).GetAwaiter().GetResult();
            ChangePrinter.Print(context, outcome, "Approved", result.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<string> Reason() => new("--reason") { Description = "Why; kept in the audit trail (dotnet trackdown history)." };
}
