using LibGit2Sharp;

namespace Trackdown.Integrations.Git;

/// <summary>The git repository around a working directory, through LibGit2Sharp (native libgit2, CLI only).</summary>
public static class GitWorkspace
{
    /// <summary>The repository containing <paramref name="path"/>, or null outside any repository.</summary>
    public static Repository? TryOpen(string path)
    {
        var found = Repository.Discover(path);
        return found is null ? null : new Repository(found);
    }

    /// <summary>Where hooks live: core.hooksPath when set, else the common git dir's hooks (shared by worktrees).</summary>
    public static string HooksDirectory(Repository repo)
    {
        var configured = repo.Config.Get<string>("core.hooksPath")?.Value;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var baseDir = repo.Info.WorkingDirectory ?? repo.Info.Path;
            return Path.GetFullPath(Path.Combine(baseDir, configured));
        }

        return Path.Combine(CommonDirectory(repo), "hooks");
    }

    /// <summary>A worktree's git dir names the shared one in its 'commondir' file.</summary>
    public static string CommonDirectory(Repository repo)
    {
        var gitDir = repo.Info.Path;
        var pointer = Path.Combine(gitDir, "commondir");
        return File.Exists(pointer) ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(pointer).Trim())) : gitDir;
    }

    /// <summary>Stages a file the tool wrote, when git.auto_stage is on; quietly does nothing outside a repository.</summary>
    public static void Stage(string path)
    {
        using var repo = TryOpen(Path.GetDirectoryName(path)!);
        if (repo is null || repo.Info.IsBare)
        {
            return;
        }

        Commands.Stage(repo, Path.GetRelativePath(repo.Info.WorkingDirectory, path));
    }
}
