using System.Text.RegularExpressions;
using Trackdown.Core.Config;
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

    public static IReadOnlyList<CommitRequest> Parse(string message, TrackdownConfig config)
    {
        var text = message.Replace("\r\n", "\n");
        var ids = Regex.Matches(text, config.Git.CommitTaskRef, RegexOptions.CultureInvariant)
            .Cast<Match>()
            .Select(m => m.Groups.Count > 1 && m.Groups[1].Success ? m.Groups[1].Value : m.Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (ids.Count == 0)
        {
            return Array.Empty<CommitRequest>();
        }

        var (status, reason) = Decide(text, config);
        return ids.Select(id => new CommitRequest(id, status, reason)).ToList();
    }

    private static (string? Status, string Reason) Decide(string text, TrackdownConfig config)
    {
        foreach (var rule in config.Automation.Rules.Where(r => r.Trigger == AutomationTrigger.Commit && r.Action == AutomationAction.UpdateStatus && r.Pattern is not null))
        {
            if (Regex.IsMatch(text, rule.Pattern!, RegexOptions.CultureInvariant | RegexOptions.Multiline))
            {
                return (rule.Status, $"automation rule '{rule.Name}'");
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
