using System.Security.Cryptography;
using System.Text;
using Trackdown.Core.Repository;

namespace Trackdown.Core.Generation;

/// <summary>Where the generated files go, relative to the repository root.</summary>
public sealed record GeneratedFilePaths(string LlmsTxt = "llms.txt", string LlmsFull = "docs/llms-full.txt", string Dashboard = "TASKTRACK.md");

/// <summary>
/// Plans the generated files from a task set and writes those whose content changed. Writers in parallel builds (two
/// projects of one solution) serialise on a lock file in the temp folder keyed by the root, so they never interleave;
/// the second one finds the content current and writes nothing.
/// </summary>
public static class GeneratedFileSet
{
    public static IReadOnlyList<GeneratedFile> Plan(TrackdownWorkspace workspace, TaskSet set, GeneratedFilePaths paths)
    {
        var snapshot = new ProjectSnapshot(set, GenerationOptionsFactory.From(workspace));
        return new[]
        {
            new GeneratedFile(paths.LlmsTxt, LlmsTxtRenderer.Render(snapshot, workspace.Root, workspace.Config.Ai.LlmsTxt.MaxTokens, Tokens.TokenCounter.Count)),
            new GeneratedFile(paths.LlmsFull, LlmsFullRenderer.Render(snapshot, workspace.Root)),
            new GeneratedFile(paths.Dashboard, DashboardRenderer.Render(snapshot, workspace.Root)),
        };
    }

    /// <summary>
    /// Regenerates llms.txt, llms-full.txt and TASKTRACK.md after a change when every task file is valid (otherwise
    /// nothing is written: the build and <c>validate</c> report the errors); returns the full paths written.
    /// </summary>
    public static IReadOnlyList<string> RegenerateIfValid(TrackdownWorkspace workspace)
    {
        var set = workspace.LoadTasks();
        if (Validation.RepositoryValidator.Validate(workspace, set).Any(d => d.IsError))
        {
            return Array.Empty<string>();
        }

        return WriteChanged(workspace.Root, Plan(workspace, set, new GeneratedFilePaths())).Select(f => f.FullPath(workspace.Root)).ToList();
    }

    /// <summary>The files whose content on disk differs from the plan.</summary>
    public static IReadOnlyList<GeneratedFile> Stale(string root, IEnumerable<GeneratedFile> files)
        => files.Where(f => !f.IsCurrent(root)).ToList();

    /// <summary>Writes the stale files atomically and returns them; current files are not touched.</summary>
    public static IReadOnlyList<GeneratedFile> WriteChanged(string root, IReadOnlyList<GeneratedFile> files)
    {
        using var gate = AcquireLock(root);
        var stale = Stale(root, files);
        foreach (var file in stale)
        {
            var path = file.FullPath(root);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            Editing.AtomicFile.WriteAllText(path, file.Content, withBom: false);
        }

        return stale;
    }

    private static FileStream AcquireLock(string root)
    {
        using var sha = SHA256.Create();
        var key = BitConverter.ToString(sha.ComputeHash(Encoding.UTF8.GetBytes(Path.GetFullPath(root)))).Replace("-", "").Substring(0, 16);
        var path = Path.Combine(Path.GetTempPath(), $"trackdown-generate-{key}.lock");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(25);
            }
        }
    }
}
