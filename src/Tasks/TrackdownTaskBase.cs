using Microsoft.Build.Framework;

namespace Trackdown.Build.Tasks;

/// <summary>
/// What the three tasks share: their common parameters, the per-build snapshot, and the one try/catch that turns an
/// unexpected exception into TRK9001 instead of an MSBuild crash.
/// </summary>
public abstract class TrackdownTaskBase : Microsoft.Build.Utilities.Task
{
    /// <summary>The repository root (where .ai-trackdown/ lives and generated files go).</summary>
    [Required]
    public string RepositoryRoot { get; set; } = string.Empty;

    /// <summary>The task files, full paths (the TrackdownTask items).</summary>
    [Required]
    public ITaskItem[] TaskFiles { get; set; } = Array.Empty<ITaskItem>();

    public sealed override bool Execute()
    {
        try
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var snapshot = BuildSnapshot.Get(BuildEngine, RepositoryRoot, TaskFiles.Select(f => f.GetMetadata("FullPath")).ToList());
            Run(snapshot);
            Log.LogMessage(MessageImportance.Low, $"{GetType().Name}: {snapshot.Set.Documents.Count} task file(s) in {started.ElapsedMilliseconds} ms.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, DiagnosticIds.GeneratedFileWriteFailed, DiagnosticIds.GeneratedFileWriteFailed, DiagnosticIds.HelpLink(DiagnosticIds.GeneratedFileWriteFailed), RepositoryRoot, 0, 0, 0, 0, $"Trackdown could not read or write a file: {ex.Message}");
        }
        catch (Exception ex)
        {
            Log.LogError(null, DiagnosticIds.InternalError, DiagnosticIds.InternalError, DiagnosticIds.HelpLink(DiagnosticIds.InternalError), null, 0, 0, 0, 0, $"Unexpected {ex.GetType().Name}: {ex.Message} Please report this.");
            Log.LogErrorFromException(ex, showStackTrace: true);
        }

        return !Log.HasLoggedErrors;
    }

    private protected abstract void Run(BuildSnapshot snapshot);
}
