using System.CommandLine;

namespace Trackdown.Cli.Commands;

/// <summary>Options several commands share, so they are spelled and described the same everywhere.</summary>
internal static class SharedOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print one JSON document on stdout instead of a table." };

    /// <summary>A task id; TAB offers the repository's ids.</summary>
    public static Argument<string> Id(string description = "The task id, e.g. ISSUE-001.")
    {
        // A help name of its own: otherwise help lists every completion, reading the whole repository for '--help'.
        var id = new Argument<string>("id") { Description = description, HelpName = "id" };
        id.CompletionSources.Add(CompletionValues.Ids);
        return id;
    }

    /// <summary>A <c>--status</c> option (string or string[]); TAB offers the workflow's statuses.</summary>
    public static Option<T> Status<T>(string description)
    {
        var status = new Option<T>("--status") { Description = description, HelpName = "status" };
        status.CompletionSources.Add(CompletionValues.Statuses);
        return status;
    }

    public static Option<string> Assignee() => new("--assignee") { Description = "Who works on it, e.g. @alice; @me is your handle (git config trackdown.handle, else your email's local part, else $USER)." };

    public static Option<string> Priority() => new Option<string>("--priority") { Description = "low, medium, high or critical." }.AcceptOnlyFromAmong("low", "medium", "high", "critical");

    public static Option<bool> Force() => new("--force") { Description = "Make a move the workflow refuses; the audit trail records the override." };

    public static Option<double?> Estimate() => new("--estimate") { Description = "Effort estimate (a number, e.g. story points)." };

    /// <summary>Splits repeated and comma-separated values: --labels a,b --labels c.</summary>
    public static IReadOnlyList<string> SplitList(IEnumerable<string>? values)
        => values is null
            ? Array.Empty<string>()
            : values.SelectMany(v => v.Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().ToList();
}
