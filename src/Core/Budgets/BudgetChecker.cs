using Trackdown.Core.Diagnostics;
using Trackdown.Core.Generation;
using Trackdown.Core.Model;

namespace Trackdown.Core.Budgets;

/// <summary>
/// The token budget gate: an epic (or an issue with a budget of its own) whose items used more than its budget is an overrun (TRK3002), one above the warn
/// threshold a warning (TRK3001). The same <see cref="ProjectSnapshot"/> figures feed the dashboards, so they agree.
/// </summary>
public static class BudgetChecker
{
    public static IReadOnlyList<TrackdownDiagnostic> Check(ProjectSnapshot snapshot, double warnThreshold, bool overrunIsError)
    {
        var diagnostics = new List<TrackdownDiagnostic>();
        var budgeted = snapshot.Epics.Where(e => e.Budget > 0).Select(e => (Item: e.Epic, Kind: "Epic", e.Used, e.Budget))
            .Concat(snapshot.IssueBudgets.Select(i => (Item: i.Issue, Kind: "Issue", i.Used, i.Budget)));
        foreach (var (item, kind, used, budget) in budgeted)
        {
            var ratio = (double)used / budget;
            var span = item.Document.Frontmatter?.Find("token_budget") is null ? item.ValueOf("id") : item.ValueOf("token_budget");
            var usage = $"{MarkdownText.Number(used)} of {MarkdownText.Number(budget)} tokens ({ratio:P0})";
            if (ratio > 1.0)
            {
                diagnostics.Add(TrackdownDiagnostic.At(DiagnosticIds.BudgetExceeded, overrunIsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, item.FilePath, span, $"{kind} '{item.Id}' used {usage}, over its budget. Raise 'token_budget' or reduce usage before more agent work."));
            }
            else if (ratio >= warnThreshold)
            {
                diagnostics.Add(TrackdownDiagnostic.At(DiagnosticIds.BudgetNearLimit, DiagnosticSeverity.Warning, item.FilePath, span, $"{kind} '{item.Id}' used {usage}, above the {warnThreshold:P0} warning threshold. Plan the remaining work or raise 'token_budget'."));
            }
        }

        return diagnostics;
    }

    /// <summary>
    /// The ledger's budgets — per task per agent and per calendar month — as build diagnostics, so the build gate and
    /// <c>tokens check</c> judge the same figures. A task-agent overrun points at the task's <c>token_usage</c>; the month
    /// at <c>monthly_budget</c> in config.yaml.
    /// </summary>
    public static IReadOnlyList<TrackdownDiagnostic> CheckLedger(Config.TrackdownConfig config, IReadOnlyList<Tokens.TokenEntry> entries, Repository.TaskSet set, string configPath, DateTimeOffset now, double warnThreshold, bool overrunIsError)
    {
        var diagnostics = new List<TrackdownDiagnostic>();
        foreach (var status in Tokens.TokenAccounting.LedgerBudgets(config, entries, now, warnThreshold).Where(s => s.IsOverrun || s.IsWarning))
        {
            string file;
            Diagnostics.SourceSpan span;
            if (status.Scope == "month")
            {
                file = configPath;
                span = Diagnostics.SourceSpan.FileStart;
            }
            else
            {
                var task = set.Find(status.Name.Split(' ')[0]);
                file = task?.FilePath ?? configPath;
                span = task?.ValueOf("token_usage") ?? Diagnostics.SourceSpan.FileStart;
            }

            var usage = $"{MarkdownText.Number(status.Used)} of {MarkdownText.Number(status.Limit)} tokens ({status.Utilisation:P0})";
            var what = status.Scope == "month" ? $"The project used {usage} in {status.Name}" : $"{status.Name} used {usage}";
            diagnostics.Add(status.IsOverrun
                ? TrackdownDiagnostic.At(DiagnosticIds.BudgetExceeded, overrunIsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, file, span, $"{what}, over its budget. Raise the limit in .ai-trackdown/config.yaml or reduce usage.")
                : TrackdownDiagnostic.At(DiagnosticIds.BudgetNearLimit, DiagnosticSeverity.Warning, file, span, $"{what}, above the {warnThreshold:P0} warning threshold. Plan the remaining work or raise the limit."));
        }

        return diagnostics;
    }
}
