using LibGit2Sharp;
using Trackdown.Core.Service;

namespace Trackdown.Integrations.Git;

/// <summary>
/// <c>git.auto_stage</c>: stages what each change wrote (and the audit trail it appended), so the next commit carries the
/// task change with the code. Outside a repository, or in a bare one, it does nothing.
/// </summary>
public sealed class GitStager(string repositoryRoot) : IChangeSubscriber
{
    public void OnChange(ChangeEvent change)
    {
        using var repo = GitWorkspace.TryOpen(repositoryRoot);
        if (repo is null || repo.Info.IsBare)
        {
            return;
        }

        var paths = change.Paths.Append(AuditTrail.PathFor(repositoryRoot))
            .Select(p => Path.GetRelativePath(repo.Info.WorkingDirectory, p))
            .Where(p => !p.StartsWith("..", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (paths.Count > 0)
        {
            Commands.Stage(repo, paths); // a deleted path stages its removal
        }
    }
}
