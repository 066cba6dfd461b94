using Trackdown.Core.Budgets;
using Trackdown.Core.Generation;

namespace Trackdown.Build.Tasks;

/// <summary>Fails the build when an epic is over its token budget (TRK3002) and warns near it (TRK3001).</summary>
public sealed class CheckTrackdownTokenBudget : TrackdownTaskBase
{
    /// <summary>Overruns are errors unless this is false (TrackdownTokenBudgetIsError).</summary>
    public bool OverrunIsError { get; set; } = true;

    /// <summary>Overrides ai.token_tracking.warn_threshold when set (TrackdownTokenBudgetWarnThreshold).</summary>
    public string? WarnThreshold { get; set; }

    private protected override void Run(BuildSnapshot snapshot)
    {
        var config = snapshot.Workspace.Config;
        var threshold = config.Ai.TokenTracking.WarnThreshold;
        if (!string.IsNullOrEmpty(WarnThreshold))
        {
            if (!double.TryParse(WarnThreshold, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out threshold) || threshold <= 0)
            {
                var id = DiagnosticIds.InvalidPropertyValue;
                Log.LogError(null, id, id, DiagnosticIds.HelpLink(id), BuildEngine.ProjectFileOfTaskNode, 0, 0, 0, 0, $"TrackdownTokenBudgetWarnThreshold is '{WarnThreshold}'; expected a number above 0 such as '0.8'.");
                return;
            }
        }

        var snapshotFigures = new ProjectSnapshot(snapshot.Set, GenerationOptionsFactory.From(snapshot.Workspace));
        Log.LogAll(BudgetChecker.Check(snapshotFigures, threshold, OverrunIsError));
        var ledger = Core.Tokens.TokenLedger.Read(Core.Tokens.TokenLedger.PathFor(snapshot.Workspace.Root));
        Log.LogAll(ledger.Diagnostics);
        Log.LogAll(BudgetChecker.CheckLedger(config, ledger.Entries, snapshot.Set, Core.Config.ConfigLoader.PathFor(snapshot.Workspace.Root), DateTimeOffset.UtcNow, threshold, OverrunIsError));
    }
}
