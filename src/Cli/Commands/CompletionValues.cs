using System.CommandLine.Completions;
using Trackdown.Core.Model;
using Trackdown.Core.Repository;

namespace Trackdown.Cli.Commands;

/// <summary>
/// What TAB offers for ids and statuses: the repository's task ids and the workflow's statuses, read only when a
/// completion is asked for. A shell completion must never fail or print an error, so any problem means no suggestions.
/// </summary>
internal static class CompletionValues
{
    public static IEnumerable<string> Ids(CompletionContext context)
        => Safely(workspace => workspace.LoadTasksCached().Items.Select(i => i.Id!).OrderBy(i => i, IdComparer.Instance), context);

    /// <summary>Only ids of one type, e.g. epics for <c>--epic</c>.</summary>
    public static Func<CompletionContext, IEnumerable<string>> IdsOf(TaskType type)
        => context => Safely(workspace => workspace.LoadTasksCached().Items.Where(i => i.Type == type).Select(i => i.Id!).OrderBy(i => i, IdComparer.Instance), context);

    public static IEnumerable<string> Statuses(CompletionContext context)
        => Safely(workspace => workspace.Config.Workflows.Default.Statuses, context);

    private static IEnumerable<string> Safely(Func<TrackdownWorkspace, IEnumerable<string>> read, CompletionContext context)
    {
        try
        {
            var workspace = TrackdownWorkspace.Find(Directory.GetCurrentDirectory());
            if (workspace is null)
            {
                return Array.Empty<string>();
            }

            var word = context.WordToComplete;
            return read(workspace).Where(v => v.StartsWith(word, StringComparison.OrdinalIgnoreCase)).ToList();
        }
        catch (Exception)
        {
            // Any failure (unreadable config, a file vanishing mid-read): a completion that throws breaks the shell line.
            return Array.Empty<string>();
        }
    }
}
