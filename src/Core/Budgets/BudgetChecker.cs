using Trackdown.Core.Diagnostics;
using Trackdown.Core.Generation;
using Trackdown.Core.Model;

namespace Trackdown.Core.Budgets;

/// <summary>
/// The token budget gate: an epic whose items used more than its budget is an overrun (TRK3002), one above the warn
/// threshold a warning (TRK3001). The same <see cref="ProjectSnapshot"/> figures feed the dashboards, so they agree.
/// </summary>
public static class BudgetChecker
{
    public static IReadOnlyList<TrackdownDiagnostic> Check(ProjectSnapshot snapshot, double warnThreshold, bool overrunIsError)
    {
        var diagnostics = new List<TrackdownDiagnostic>();
        foreach (var epic in snapshot.Epics.Where(e => e.Budget > 0))
        {
            var ratio = (double)epic.Used / epic.Budget;
            var span = epic.Epic.Document.Frontmatter?.Find("token_budget") is null ? epic.Epic.ValueOf("id") : epic.Epic.ValueOf("token_budget");
            var usage = $"{MarkdownText.Number(epic.Used)} of {MarkdownText.Number(epic.Budget)} tokens ({ratio:P0})";
            if (ratio > 1.0)
            {
                diagnostics.Add(TrackdownDiagnostic.At(DiagnosticIds.BudgetExceeded, overrunIsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, epic.Epic.FilePath, span, $"Epic '{epic.Epic.Id}' used {usage}, over its budget. Raise 'token_budget' or reduce usage before more agent work."));
            }
            else if (ratio >= warnThreshold)
            {
                diagnostics.Add(TrackdownDiagnostic.At(DiagnosticIds.BudgetNearLimit, DiagnosticSeverity.Warning, epic.Epic.FilePath, span, $"Epic '{epic.Epic.Id}' used {usage}, above the {warnThreshold:P0} warning threshold. Plan the remaining work or raise 'token_budget'."));
            }
        }

        return diagnostics;
    }
}
