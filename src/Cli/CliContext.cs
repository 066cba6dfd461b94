using System.CommandLine;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Trackdown.Core.Repository;
using Trackdown.Core.Service;
using Trackdown.Integrations.Git;

namespace Trackdown.Cli;

/// <summary>What every command shares: the terminal, the working directory and, found on first use, the workspace.</summary>
internal sealed class CliContext(Terminal terminal, string workingDirectory)
{
    private TrackdownWorkspace? workspace;
    private TrackerService? service;

    public Terminal Terminal { get; } = terminal;

    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>The workspace above the working directory; a usage error outside any repository.</summary>
    public TrackdownWorkspace Workspace => workspace ??= TrackdownWorkspace.Find(WorkingDirectory)
        ?? throw new UsageException($"No repository found at or above '{WorkingDirectory}' (looked for .ai-trackdown/ and .git). Run 'dotnet trackdown init' in your repository first.");

    /// <summary>The one write path, with git.auto_stage staging what each change wrote.</summary>
    public TrackerService Service => service ??= CreateService();

    /// <summary><c>--agent NAME</c> on any command: the change is made as that agent (else <c>TRACKDOWN_AGENT</c>).</summary>
    public Option<string> AgentOption { get; } = new("--agent") { Description = "Act as this AI agent (default: $TRACKDOWN_AGENT); changes are attributed to it.", Recursive = true };

    /// <summary>The agent named on the command line or in TRACKDOWN_AGENT, if any.</summary>
    public string? Agent(ParseResult result)
        => result.GetValue(AgentOption) is { Length: > 0 } named ? named
            : Environment.GetEnvironmentVariable("TRACKDOWN_AGENT") is { Length: > 0 } env ? env : null;

    /// <summary>Who is acting: the agent when one is named, else the person's handle.</summary>
    public ChangeOrigin Origin(ParseResult result, string source = ChangeSources.Cli)
        => new(Agent(result) is { } agent ? Actor.Agent(agent) : Actor.Person(ResolveAssignee("@me")), source);

    private TrackerService CreateService()
    {
        var created = new TrackerService(Workspace);
        if (Workspace.Config.Git.AutoStage)
        {
            created.Subscribe(new GitStager(Workspace.Root));
        }

        return created;
    }

    /// <summary>Checks an id from the command line against the configured pattern before it is used anywhere.</summary>
    public string RequireId(string id)
    {
        if (!Regex.IsMatch(id, Workspace.Config.Formats.IdPattern, RegexOptions.CultureInvariant))
        {
            throw new UsageException($"'{id}' is not a task id. Ids look like 'ISSUE-001' (pattern '{Workspace.Config.Formats.IdPattern}').");
        }

        return id;
    }

    /// <summary>'@me' is the git user (user.name), else $USER; anything else is kept, with a leading '@' added.</summary>
    public string ResolveAssignee(string assignee)
    {
        if (!string.Equals(assignee, "@me", StringComparison.OrdinalIgnoreCase))
        {
            return assignee.StartsWith("@", StringComparison.Ordinal) ? assignee : "@" + assignee;
        }

        var name = GitUserName() ?? Environment.GetEnvironmentVariable("USER") ?? Environment.GetEnvironmentVariable("USERNAME") ?? Environment.UserName;
        return "@" + name;
    }

    private string? GitUserName()
    {
        try
        {
            var start = new ProcessStartInfo("git", "config user.name")
            {
                WorkingDirectory = WorkingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
