using System.CommandLine;
using System.Globalization;
using Trackdown.Cli.Output;
using Trackdown.Integrations.Git;

namespace Trackdown.Cli.Commands;

/// <summary>
/// <c>trackdown history ID</c>: every change from the audit trail (who, when, from where, old → new) merged by time with
/// the commits that touched the item's file.
/// </summary>
internal static class HistoryCommand
{
    public static Command Create(CliContext context)
    {
        var (id, json) = (SharedOptions.Id(), SharedOptions.Json());
        var command = new Command("history", "Every change to an item (audit trail) and the commits that touched its file.") { id, json };
        command.SetAction(result =>
        {
            var taskId = context.RequireId(result.GetValue(id)!);
            var service = context.Service;
            var audit = service.History(taskId);
            var path = service.Items().Find(taskId)?.FilePath;
            if (path is null && audit.Entries.Count == 0)
            {
                throw Core.Service.TrackdownRefusal.UnknownTask(taskId);
            }

            DiagnosticPrinter.Print(context.Terminal, context.Workspace, audit.Diagnostics);
            IReadOnlyList<CommitInfo> commits = Array.Empty<CommitInfo>();
            if (path is not null && GitWorkspace.TryOpen(context.Workspace.Root) is { } repo)
            {
                using (repo)
                {
                    commits = FileHistory.For(repo, path);
                }
            }

            var rows = audit.Entries.Select(e => (Time: e.Time, Change: (object)e))
                .Concat(commits.Select(c => (Time: c.Date, Change: (object)c)))
                .OrderBy(r => r.Time)
                .ToList();
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Terminal, new
                {
                    id = taskId,
                    entries = rows.Select(r => r.Change is Core.Service.ChangeEvent e
                        ? (object)new { kind = "change", change = ChangePrinter.EventJson(e) }
                        : new { kind = "commit", commit = (CommitInfo)r.Change }),
                });
                return ExitCodes.Success;
            }

            foreach (var (time, change) in rows)
            {
                var when = time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                context.Terminal.Output.WriteLine(change is Core.Service.ChangeEvent e
                    ? $"{when}  {e.Actor,-16} {e.Source,-12} {e.Action,-8} {string.Join("; ", e.Changes.Select(ChangePrinter.Describe))}{(e.Note is null ? string.Empty : $" ({e.Note})")}"
                    : $"{when}  {((CommitInfo)change).Author,-16} {"git",-12} {"commit",-8} {((CommitInfo)change).Sha.Substring(0, 7)} {((CommitInfo)change).Subject}");
            }

            if (rows.Count == 0)
            {
                context.Terminal.Output.WriteLine($"{taskId}: no recorded changes yet.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
