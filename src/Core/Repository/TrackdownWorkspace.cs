using Trackdown.Core.Config;
using Trackdown.Core.Diagnostics;
using Trackdown.Core.Model;

namespace Trackdown.Core.Repository;

/// <summary>A repository that Trackdown works in: its root, its configuration and where its task files live.</summary>
public sealed class TrackdownWorkspace
{
    public const string DefaultTasksFolder = "tasks";

    private TrackdownWorkspace(string root, string tasksDirectory, ConfigLoadResult config)
    {
        Root = root;
        TasksDirectory = tasksDirectory;
        Config = config.Config;
        ConfigDiagnostics = config.Diagnostics;
    }

    public string Root { get; }

    public string TasksDirectory { get; }

    public TrackdownConfig Config { get; }

    /// <summary>Problems in <c>.ai-trackdown/config.yaml</c>; the config still holds defaults for broken parts.</summary>
    public IReadOnlyList<TrackdownDiagnostic> ConfigDiagnostics { get; }

    public string ConfigDirectory => Path.Combine(Root, RepositoryLocator.ConfigFolder);

    public string FolderFor(TaskType type) => Path.Combine(TasksDirectory, type.Folder());

    /// <summary>The workspace containing <paramref name="directory"/>, or null outside any repository.</summary>
    public static TrackdownWorkspace? Find(string directory)
        => RepositoryLocator.FindRoot(directory) is { } root ? Open(root) : null;

    public static TrackdownWorkspace Open(string root, string? tasksDirectory = null)
    {
        var fullRoot = Path.GetFullPath(root);
        var tasks = tasksDirectory is null ? Path.Combine(fullRoot, DefaultTasksFolder) : Path.GetFullPath(Path.Combine(fullRoot, tasksDirectory));
        return new TrackdownWorkspace(fullRoot, tasks, ConfigLoader.Load(fullRoot));
    }

    /// <summary>The read cache: never required, safe to delete, git-ignored by the .gitignore that init writes.</summary>
    public string CacheFile => Path.Combine(ConfigDirectory, "cache", "tasks.v1.bin");

    /// <summary>Every task file, parsed: what validation needs.</summary>
    public TaskSet LoadTasks() => TaskSet.Load(TasksDirectory);

    /// <summary>Every task's fields through the read cache: what list, show, search, create and update need.</summary>
    public TaskSet LoadTasksCached() => TaskSet.LoadCached(TasksDirectory, CacheFile);

    /// <summary>A path relative to the root with forward slashes, as diagnostics and JSON print it.</summary>
    public string Relative(string path) => PathUtil.Relative(Root, path);
}
