using System.Text.RegularExpressions;
using Trackdown.Core.Config;
using Trackdown.Core.Diagnostics;
using Trackdown.Core.Service;

namespace Trackdown.Integrations.Git;

/// <summary>
/// Reads a commit message with the configured patterns: <c>git.patterns.commit_task_ref</c> finds the tasks,
/// <c>automation.rules</c> (trigger: commit) and then <c>git.patterns.status_keywords</c> decide the new status. A rule
/// wins over keywords; among keywords the furthest along the workflow wins (done, then in_review, then in_progress).
/// </summary>
public static class CommitMessageParser
{
    private static readonly (string Group, string Status)[] KeywordStatuses =
    {
        ("done", "done"),
        ("in_review", "in-review"),
        ("in_progress", "in-progress"),
    };

    /// <summary><paramref name="warnings"/> receives a located TRK0014 warning for each configured pattern that timed out; that pattern counts as not matching.</summary>
    public static IReadOnlyList<CommitRequest> Parse(string message, TrackdownConfig config, ICollection<TrackdownDiagnostic>? warnings = null)
    {
        var text = message.Replace("\r\n", "\n");
        IReadOnlyList<string> ids;
        try
        {
            ids = config.FindTaskRefs(text);
        }
        catch (RegexMatchTimeoutException)
        {
            warnings?.Add((config.Git.CommitTaskRef ?? throw new InvalidOperationException("The id scheme's own pattern timed out.")).TimedOut());
            return Array.Empty<CommitRequest>();
        }

        if (ids.Count == 0)
        {
            return Array.Empty<CommitRequest>();
        }

        var (status, reason) = Decide(text, config, warnings);
        return ids.Select(id => new CommitRequest(id, status, reason)).ToList();
    }

    private static (string? Status, string Reason) Decide(string text, TrackdownConfig config, ICollection<TrackdownDiagnostic>? warnings)
    {
        foreach (var rule in config.Automation.Rules.Where(r => r.Trigger == AutomationTrigger.Commit && r.Action == AutomationAction.UpdateStatus && r.Pattern is not null))
        {
            try
            {
                if (rule.Pattern!.Regex.IsMatch(text))
                {
                    return (rule.Status, $"automation rule '{rule.Name}'");
                }
            }
            catch (RegexMatchTimeoutException)
            {
                warnings?.Add(rule.Pattern!.TimedOut());
            }
        }

        var words = new HashSet<string>(Regex.Matches(text.ToLowerInvariant(), "[a-z_]+").Cast<Match>().Select(m => m.Value), StringComparer.Ordinal);
        foreach (var (group, status) in KeywordStatuses)
        {
            if (config.Git.StatusKeywords.TryGetValue(group, out var keywords) && keywords.FirstOrDefault(k => words.Contains(k.ToLowerInvariant())) is { } keyword)
            {
                return (status, $"keyword '{keyword}'");
            }
        }

        return (null, "referenced");
    }
}
