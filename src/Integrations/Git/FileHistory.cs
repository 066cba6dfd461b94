using LibGit2Sharp;

namespace Trackdown.Integrations.Git;

/// <summary>The commits that changed one file, newest first, following it across renames within the walk.</summary>
public static class FileHistory
{
    public static IReadOnlyList<CommitInfo> For(Repository repo, string fullPath, int max = 200)
    {
        if (repo.Head.Tip is null || repo.Info.WorkingDirectory is null)
        {
            return Array.Empty<CommitInfo>();
        }

        var relative = Path.GetRelativePath(repo.Info.WorkingDirectory, fullPath).Replace('\\', '/');
        return repo.Commits.QueryBy(relative, new CommitFilter { SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time })
            .Take(max)
            .Select(entry => new CommitInfo(entry.Commit.Sha, entry.Commit.Author.Name, entry.Commit.Author.When, entry.Commit.MessageShort))
            .ToList();
    }
}
