using System.Globalization;
using Trackdown.Core.Config;
using Trackdown.Core.Creation;
using Trackdown.Core.Editing;
using Trackdown.Core.Model;

namespace Trackdown.Core.Tokens;

/// <summary>Usage of one budget: what it covers, how much was used of how much, and whether that warns or overruns.</summary>
public sealed record BudgetStatus(string Scope, string Name, long Used, long Limit, double WarnThreshold)
{
    public double Utilisation => Limit <= 0 ? 0 : (double)Used / Limit;

    public bool IsOverrun => Limit > 0 && Used > Limit;

    public bool IsWarning => !IsOverrun && Limit > 0 && Utilisation >= WarnThreshold;
}

/// <summary>
/// Costs and budgets from the ledger and the configuration — one implementation shared by <c>tokens add</c>,
/// <c>tokens check</c>, <c>tokens report</c> and (through the frontmatter totals it maintains) the build's budget gate.
/// </summary>
public static class TokenAccounting
{
    /// <summary>The cost of one use; an agent with no provider is an error naming the config key to add.</summary>
    public static decimal Cost(TrackdownConfig config, string? agent, long input, long output)
    {
        if (agent is null)
        {
            return 0m;
        }

        if (!config.Ai.TokenTracking.Providers.TryGetValue(agent, out var provider))
        {
            throw new Service.TrackdownRefusal(DiagnosticIds.InvalidRequest, $"Agent '{agent}' has no provider, so its cost is unknown. Add 'ai.token_tracking.providers.{agent}' (model, cost_per_1k_input, cost_per_1k_output) to .ai-trackdown/config.yaml.");
        }

        return Math.Round(((decimal)provider.CostPer1kInput * input + (decimal)provider.CostPer1kOutput * output) / 1000m, 6);
    }

    /// <summary>Rewrites a task's <c>token_usage</c> (total and by agent) to the ledger's figures, surgically.</summary>
    public static string WithUsage(TaskItem item, IEnumerable<TokenEntry> entriesForTask)
    {
        var entries = entriesForTask.ToList();
        var editor = new FrontmatterEditor(item.Document).SetNumber(new[] { "token_usage", "total" }, entries.Sum(e => e.Total));
        foreach (var agent in entries.Where(e => e.Agent is not null).GroupBy(e => e.Agent!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            editor.SetNumber(new[] { "token_usage", "by_agent", agent.Key }, agent.Sum(e => e.Total));
        }

        return editor.ToText();
    }

    /// <summary>Per task per agent (ai.agents.NAME.max_tokens_per_task) and per calendar month in project.timezone (monthly_budget).</summary>
    public static IReadOnlyList<BudgetStatus> LedgerBudgets(TrackdownConfig config, IReadOnlyList<TokenEntry> entries, DateTimeOffset now, double warnThreshold)
    {
        var statuses = new List<BudgetStatus>();
        foreach (var group in entries.Where(e => e.Agent is not null).GroupBy(e => (e.Task, Agent: e.Agent!)).OrderBy(g => g.Key.Task, IdComparer.Instance).ThenBy(g => g.Key.Agent, StringComparer.Ordinal))
        {
            if (config.Ai.Agents.TryGetValue(group.Key.Agent, out var agent) && agent.MaxTokensPerTask is var limit and > 0)
            {
                statuses.Add(new BudgetStatus("task-agent", $"{group.Key.Task} by {group.Key.Agent}", group.Sum(e => e.Total), limit, warnThreshold));
            }
        }

        var monthly = config.Ai.TokenTracking.MonthlyBudget;
        if (monthly > 0)
        {
            var zone = config.Project.TimeZone;
            var month = CalendarPeriods.StartOf("month", now, zone);
            var used = entries.Where(e => e.Time >= month && e.Time <= now).Sum(e => e.Total);
            statuses.Add(new BudgetStatus("month", TimeZoneInfo.ConvertTime(now, zone).ToString("yyyy-MM", CultureInfo.InvariantCulture), used, monthly, warnThreshold));
        }

        return statuses;
    }
}
