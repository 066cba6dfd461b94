namespace Trackdown.Core.Repository;

/// <summary>Finds the repository root: the nearest folder upward holding <c>.ai-trackdown/</c> or <c>.git</c>.</summary>
public static class RepositoryLocator
{
    public const string ConfigFolder = ".ai-trackdown";

    public static string? FindRoot(string startDirectory)
    {
        var dir = new DirectoryInfo(Path.GetFullPath(startDirectory));
        string? gitRoot = null;
        while (dir is not null)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ConfigFolder)))
            {
                return dir.FullName;
            }

            // .git is a folder in a clone and a file in a worktree or submodule.
            var git = Path.Combine(dir.FullName, ".git");
            if (gitRoot is null && (Directory.Exists(git) || File.Exists(git)))
            {
                gitRoot = dir.FullName;
            }

            dir = dir.Parent;
        }

        return gitRoot;
    }
}
