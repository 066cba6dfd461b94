using System.Text.RegularExpressions;
using LibGit2Sharp;

namespace Trackdown.Integrations.Git;

/// <summary>One commit that references a task.</summary>
public sealed record CommitInfo(string Sha, string Author, DateTimeOffset Date, string Subject);

/// <summary>Walks history once from HEAD and returns the commits whose message names the task as a whole word.</summary>
public static class CommitHistory
{
    public static IReadOnlyList<CommitInfo> For(Repository repo, string taskId, int max = int.MaxValue)
    {
        if (repo.Head.Tip is null)
        {
            return Array.Empty<CommitInfo>(); // no commits yet
        }

        var word = new Regex(@"(?<![A-Za-z0-9-])" + Regex.Escape(taskId) + @"(?![A-Za-z0-9])", RegexOptions.CultureInvariant);
        var results = new List<CommitInfo>();
        var filter = new CommitFilter { IncludeReachableFrom = repo.Head, SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time };
        foreach (var commit in repo.Commits.QueryBy(filter))
        {
            var message = commit.Message;
            if (message.IndexOf(taskId, StringComparison.Ordinal) >= 0 && word.IsMatch(message))
            {
                results.Add(new CommitInfo(commit.Sha, commit.Author.Name, commit.Author.When, commit.MessageShort));
                if (results.Count >= max)
                {
                    break;
                }
            }
        }

        return results;
    }
}
