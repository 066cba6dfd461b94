using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Trackdown.Core.Generation;

namespace Trackdown.Build.Tasks;

/// <summary>
/// Regenerates llms.txt, docs/llms-full.txt and TASKTRACK.md, writing only files whose content changed. In check mode
/// nothing is written and each stale file is TRK2001. Skipped when the task files have errors: the build fails anyway,
/// and a half-valid index is worse than yesterday's.
/// </summary>
public sealed class GenerateTrackdownIndex : TrackdownTaskBase
{
    public bool CheckOnly { get; set; }

    public string LlmsTxtPath { get; set; } = "llms.txt";

    public string LlmsFullPath { get; set; } = "docs/llms-full.txt";

    public string DashboardPath { get; set; } = "TASKTRACK.md";

    /// <summary>Files written by this run, for FileWrites.</summary>
    [Output]
    public ITaskItem[] WrittenFiles { get; private set; } = Array.Empty<ITaskItem>();

    private protected override void Run(BuildSnapshot snapshot)
    {
        if (snapshot.HasErrors)
        {
            Log.LogMessage(MessageImportance.Normal, "Trackdown: task files have errors; generated files were left as they are.");
            return;
        }

        var root = snapshot.Workspace.Root;
        var planned = GeneratedFileSet.Plan(snapshot.Workspace, snapshot.Set, new GeneratedFilePaths(LlmsTxtPath, LlmsFullPath, DashboardPath));
        if (CheckOnly)
        {
            foreach (var stale in GeneratedFileSet.Stale(root, planned))
            {
                var id = DiagnosticIds.GeneratedFileStale;
                Log.LogError(null, id, id, DiagnosticIds.HelpLink(id), stale.FullPath(root), 1, 1, 0, 0, $"'{stale.RelativePath}' is out of date with the task files. Run 'dotnet trackdown generate' (or 'dotnet build -p:TrackdownCheckOnly=false') and commit the result.");
            }

            return;
        }

        var written = GeneratedFileSet.WriteChanged(root, planned);
        WrittenFiles = written.Select(f => (ITaskItem)new TaskItem(f.FullPath(root))).ToArray();
        Log.LogMessage(MessageImportance.Low, $"Trackdown: {written.Count} of {planned.Count} generated file(s) changed.");
    }
}
