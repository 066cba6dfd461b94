using Microsoft.Build.Framework;
using Trackdown.Core.Diagnostics;
using Trackdown.Core.Repository;
using Trackdown.Core.Validation;

namespace Trackdown.Build.Tasks;

/// <summary>
/// The repository as loaded once per build: validation, generation and the budget gate run as three tasks, but the
/// 10,000 files are read and validated once. Shared through <see cref="IBuildEngine4.RegisterTaskObject"/> for the
/// build's lifetime, keyed on the root and every file's path, size and time, so an edited file is never served stale.
/// </summary>
internal sealed class BuildSnapshot
{
    private readonly Lazy<IReadOnlyList<TrackdownDiagnostic>> diagnostics;

    private BuildSnapshot(TrackdownWorkspace workspace, TaskSet set)
    {
        Workspace = workspace;
        Set = set;
        diagnostics = new Lazy<IReadOnlyList<TrackdownDiagnostic>>(() => RepositoryValidator.Validate(workspace, set));
    }

    public TrackdownWorkspace Workspace { get; }

    public TaskSet Set { get; }

    public IReadOnlyList<TrackdownDiagnostic> Diagnostics => diagnostics.Value;

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public static BuildSnapshot Get(IBuildEngine engine, string root, IReadOnlyList<string> files)
    {
        var key = Key(root, files);
        if (engine is IBuildEngine4 cache && cache.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) is BuildSnapshot cached)
        {
            return cached;
        }

        var snapshot = new BuildSnapshot(TrackdownWorkspace.Open(root), TaskSet.Load(files));
        (engine as IBuildEngine4)?.RegisterTaskObject(key, snapshot, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: true);
        return snapshot;
    }

    private static string Key(string root, IReadOnlyList<string> files)
    {
        var hash = new HashCode();
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            hash.Add(file, StringComparer.Ordinal);
            hash.Add(info.Exists ? info.Length : -1);
            hash.Add(info.Exists ? info.LastWriteTimeUtc.Ticks : 0);
        }

        var config = new FileInfo(Path.Combine(root, RepositoryLocator.ConfigFolder, "config.yaml"));
        hash.Add(config.Exists ? config.LastWriteTimeUtc.Ticks : 0);
        return $"Trackdown.BuildSnapshot|{Path.GetFullPath(root)}|{files.Count}|{hash.ToHashCode()}";
    }
}
