namespace Trackdown.Core.Repository;

/// <summary>
/// Where git keeps a repository's shared state, read from the files git itself writes (no libgit2 in Core): <c>.git</c>
/// is a folder in a clone and a <c>gitdir:</c> file in a worktree, whose git dir names the shared one in <c>commondir</c>.
/// </summary>
public static class GitLayout
{
    /// <summary>The common git directory of the repository at <paramref name="root"/>, or null when it is not in git.</summary>
    public static string? CommonDirectory(string root)
    {
        var dot = Path.Combine(root, ".git");
        string gitDir;
        if (Directory.Exists(dot))
        {
            gitDir = dot;
        }
        else if (File.Exists(dot))
        {
            var line = File.ReadAllText(dot).Trim();
            if (!line.StartsWith("gitdir:", StringComparison.Ordinal))
            {
                return null;
            }

            gitDir = Path.GetFullPath(Path.Combine(root, line.Substring("gitdir:".Length).Trim()));
        }
        else
        {
            return null;
        }

        var pointer = Path.Combine(gitDir, "commondir");
        return File.Exists(pointer) ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(pointer).Trim())) : gitDir;
    }

    /// <summary>
    /// Per-repository state that every worktree and clone-local process must share but git must not track (the write
    /// lock, claims): inside the common git dir, else the git-ignored cache folder.
    /// </summary>
    public static string SharedStateDirectory(string root)
        => CommonDirectory(root) is { } common
            ? Path.Combine(common, "trackdown")
            : Path.Combine(root, RepositoryLocator.ConfigFolder, "cache");
}
