using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Trackdown.Cli.Output;
using Trackdown.Core.Config;
using Trackdown.Core.Generation;
using Trackdown.Core.Repository;
using Trackdown.Core.Service;
using Trackdown.Core.Tokens;

namespace Trackdown.Cli.Commands;

/// <summary><c>trackdown tokens add|check|count|rebuild</c>: the token ledger, budgets and real token counts.</summary>
internal static class TokensCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("tokens", "Record token usage, check budgets, count tokens.");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(Check(context));
        command.Subcommands.Add(Count(context));
        command.Subcommands.Add(Rebuild(context));
        command.Subcommands.Add(Report(context));
        return command;
    }

    private static Command Report(CliContext context)
    {
        var period = new Option<string>("--period") { Description = "day, week, month or all.", DefaultValueFactory = _ => "month" }.AcceptOnlyFromAmong("day", "week", "month", "all");
        var by = new Option<string>("--by") { Description = "Group by task, epic, agent or provider.", DefaultValueFactory = _ => "task" }.AcceptOnlyFromAmong("task", "epic", "agent", "provider");
        var json = SharedOptions.Json();
        var command = new Command("report", "Totals, cost, largest consumers, budget use and the trend against the previous period.") { period, by, json };
        command.SetAction(result =>
        {
            var workspace = context.Workspace;
            var ledger = TokenLedger.Read(TokenLedger.PathFor(workspace.Root));
            DiagnosticPrinter.Print(context.Terminal, workspace, ledger.Diagnostics);
            var report = TokenReport.Build(ledger.Entries, result.GetValue(period)!, result.GetValue(by)!, DateTimeOffset.UtcNow, workspace.Config.Project.TimeZone);
            var budgets = Budgets(workspace, context.ReadTasks(), ledger.Entries, workspace.Config.Ai.TokenTracking.WarnThreshold);
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Terminal, new
                {
                    report.Period,
                    From = report.Period == "all" ? (DateTimeOffset?)null : report.From,
                    report.To,
                    Totals = Shape(report.Totals),
                    Previous = Shape(report.Previous),
                    report.Trend,
                    Groups = report.Groups.Select(Shape),
                    Budgets = budgets.Select(b => new { b.Scope, b.Name, b.Used, b.Limit, b.Utilisation, b.IsWarning, b.IsOverrun }),
                });
                return ExitCodes.Success;
            }

            var console = context.Terminal.Console;
            var trend = report.Trend is { } t ? $", {t:P0} of the previous {report.Period}" : string.Empty;
            console.MarkupLine($"[bold]{report.Totals.Total:N0}[/] tokens, cost {report.Totals.Cost:0.####}, in {report.Totals.Entries} entries ({report.Period}{Markup.Escape(trend)})");
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Key", "Input", "Output", "Total", "Cost");
            foreach (var g in report.Groups.Take(20))
            {
                table.AddRow(Markup.Escape(g.Key), g.Input.ToString("N0", CultureInfo.InvariantCulture), g.Output.ToString("N0", CultureInfo.InvariantCulture), g.Total.ToString("N0", CultureInfo.InvariantCulture), g.Cost.ToString("0.####", CultureInfo.InvariantCulture));
            }

            console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static object Shape(UsageTotals t) => new { t.Key, t.Input, t.Output, t.Total, t.Cost, t.Entries };

    private static Command Add(CliContext context)
    {
        var id = SharedOptions.Id();
        var input = new Option<long>("--input") { Description = "Input (prompt) tokens.", Required = true };
        var output = new Option<long>("--output") { Description = "Output (completion) tokens.", Required = true };
        var model = new Option<string>("--model") { Description = "Model name; default: the provider's model." };
        var operation = new Option<string>("--operation") { Description = "What the tokens were spent on." };
        var json = SharedOptions.Json();
        var command = new Command("add", "Append a ledger entry and update the task's token_usage (--agent names the agent that used them).") { id, input, output, model, operation, json };
        command.SetAction(result =>
        {
            var (inTokens, outTokens) = (result.GetValue(input), result.GetValue(output));
            if (inTokens < 0 || outTokens < 0)
            {
                throw new UsageException("Token counts cannot be negative.");
            }

            var agentName = context.Agent(result);
            if (agentName is null && context.Workspace.Config.Ai.TokenTracking.RequireAgentId)
            {
                throw new UsageException("--agent is required: ai.token_tracking.require_agent_id is true in .ai-trackdown/config.yaml.");
            }

            var use = new TokenUse(agentName, inTokens, outTokens) { Model = result.GetValue(model), Operation = result.GetValue(operation) };
            var taskId = context.RequireId(result.GetValue(id)!);
            var outcome = context.Service.AddTokensAsync(taskId, use, context.Origin(result)).GetAwaiter().GetResult();
            if (result.GetValue(json))
            {
                ChangePrinter.Print(context, outcome, "Recorded", json: true);
                return ExitCodes.Success;
            }

            foreach (var warning in outcome.Warnings)
            {
                context.Terminal.Error.WriteLine($"warning: {warning}");
            }

            var total = context.Service.Get(taskId).TokenUsageTotal ?? 0;
            context.Terminal.Output.WriteLine($"{taskId}: +{(inTokens + outTokens).ToString("N0", CultureInfo.InvariantCulture)} tokens ({agentName ?? "no agent"}), {outcome.Event?.Note?.Split(',').Last().Trim()}; total {total.ToString("N0", CultureInfo.InvariantCulture)}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Check(CliContext context)
    {
        var threshold = new Option<double?>("--warn-threshold") { Description = "Warn above this share of a budget (default ai.token_tracking.warn_threshold)." };
        var json = SharedOptions.Json();
        var command = new Command("check", "Check every budget (epic, task per agent, month); exit 1 on any overrun.") { threshold, json };
        command.SetAction(result =>
        {
            var workspace = context.Workspace;
            var warnAt = result.GetValue(threshold) ?? workspace.Config.Ai.TokenTracking.WarnThreshold;
            var ledger = TokenLedger.Read(TokenLedger.PathFor(workspace.Root));
            DiagnosticPrinter.Print(context.Terminal, workspace, ledger.Diagnostics);
            var statuses = Budgets(workspace, context.ReadTasks(), ledger.Entries, warnAt);
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Terminal, statuses.Select(s => new { s.Scope, s.Name, s.Used, s.Limit, s.Utilisation, s.IsWarning, s.IsOverrun }));
            }
            else
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumns("Budget", "Scope", "Used", "Limit", "Used %", "State");
                foreach (var s in statuses)
                {
                    table.AddRow(Markup.Escape(s.Name), s.Scope, s.Used.ToString("N0", CultureInfo.InvariantCulture), s.Limit.ToString("N0", CultureInfo.InvariantCulture), s.Utilisation.ToString("P0", CultureInfo.InvariantCulture), s.IsOverrun ? "[red]over[/]" : s.IsWarning ? "[yellow]warning[/]" : "ok");
                }

                context.Terminal.Console.Write(table);
            }

            return statuses.Any(s => s.IsOverrun) ? ExitCodes.ValidationFailed : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Epic budgets (the build's figures) plus the ledger's per-agent and monthly budgets.</summary>
    internal static IReadOnlyList<BudgetStatus> Budgets(TrackdownWorkspace workspace, TaskSet set, IReadOnlyList<TokenEntry> entries, double warnAt)
    {
        var snapshot = new ProjectSnapshot(set, GenerationOptionsFactory.From(workspace));
        return snapshot.Epics.Where(e => e.Budget > 0)
            .Select(e => new BudgetStatus("epic", e.Epic.Id!, e.Used, e.Budget, warnAt))
            .Concat(snapshot.IssueBudgets.Select(i => new BudgetStatus("issue", i.Issue.Id!, i.Used, i.Budget, warnAt)))
            .Concat(TokenAccounting.LedgerBudgets(workspace.Config, entries, DateTimeOffset.UtcNow, warnAt))
            .ToList();
    }

    private static Command Count(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A file to count, or - for standard input." };
        var json = SharedOptions.Json();
        var command = new Command("count", "Count the tokens of a text with the o200k_base encoding.") { file, json };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            string text;
            if (path == "-")
            {
                text = Console.In.ReadToEnd();
            }
            else if (File.Exists(Path.Combine(context.WorkingDirectory, path)))
            {
                text = File.ReadAllText(Path.Combine(context.WorkingDirectory, path));
            }
            else
            {
                throw new UsageException($"'{path}' does not exist. Give a file or '-' for standard input.");
            }

            var tokens = TokenCounter.Count(text);
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Terminal, new { File = path, Encoding = "o200k_base", Tokens = tokens, Characters = text.Length });
                return ExitCodes.Success;
            }

            context.Terminal.Output.WriteLine(tokens.ToString(CultureInfo.InvariantCulture));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Rebuild(CliContext context)
    {
        var command = new Command("rebuild", "Recompute every task's token_usage from the ledger (the ledger is the audit trail).");
        command.SetAction(result =>
        {
            var workspace = context.Workspace;
            var ledger = TokenLedger.Read(TokenLedger.PathFor(workspace.Root));
            DiagnosticPrinter.Print(context.Terminal, workspace, ledger.Diagnostics);
            var outcome = context.Service.RebuildTokenUsageAsync(context.Origin(result)).GetAwaiter().GetResult();
            foreach (var warning in outcome.Warnings)
            {
                context.Terminal.Error.WriteLine($"warning: {warning}");
            }

            context.Terminal.Output.WriteLine($"Rebuilt token_usage from {ledger.Entries.Count} ledger entries: {outcome.Events.Count} task file(s) changed.");
            return ExitCodes.Success;
        });
        return command;
    }
}
