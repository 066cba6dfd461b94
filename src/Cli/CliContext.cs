using System.CommandLine;
using Trackdown.Cli.Output;
using Trackdown.Core.Repository;
using Trackdown.Core.Service;
using Trackdown.Integrations.Git;

namespace Trackdown.Cli;

/// <summary>What every command shares: the terminal, the working directory and, found on first use, the workspace.</summary>
internal sealed class CliContext(Terminal terminal, string workingDirectory)
{
    private TrackdownWorkspace? workspace;
    private TrackerService? service;
    private bool unparsedNoted;

    public Terminal Terminal { get; } = terminal;

    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>The workspace above the working directory; a usage error outside any repository.</summary>
    public TrackdownWorkspace Workspace => workspace ??= NoteConfigProblems(TrackdownWorkspace.Find(WorkingDirectory)
        ?? throw new UsageException($"No repository found at or above '{WorkingDirectory}' (looked for .ai-trackdown/ and .git). Run 'dotnet trackdown init' in your repository first."));

    /// <summary>Set by commands that print every diagnostic themselves (validate), so the one-line notes are not repeated.</summary>
    public bool PrintsDiagnostics { get; set; }

    /// <summary>The tasks through the read cache, for read commands: files that did not parse are named once on stderr.</summary>
    public TaskSet ReadTasks()
    {
        var set = Workspace.LoadTasksCached();
        if (!unparsedNoted && !PrintsDiagnostics && ProblemNotice.ForUnparsed(Workspace, set.Unparsed) is { } note)
        {
            Terminal.Error.WriteLine(note);
        }

        unparsedNoted = true;
        return set;
    }

    private TrackdownWorkspace NoteConfigProblems(TrackdownWorkspace found)
    {
        if (!PrintsDiagnostics && ProblemNotice.ForConfig(found) is { } note)
        {
            Terminal.Error.WriteLine(note);
        }

        return found;
    }

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
        => new(Agent(result) is { } agent ? Actor.Agent(agent) : Actor.Person(Identity.Handle()), source);

    private TrackerService CreateService()
    {
        var created = new TrackerService(Workspace);
        if (Workspace.Config.Git.AutoInstallHooks)
        {
            created.Subscribe(new HookAutoInstaller(Workspace.Root, Commands.GitCommands.ToolCommand()));
        }

        if (Workspace.Config.Git.AutoStage)
        {
            created.Subscribe(new GitStager(Workspace.Root));
        }

        return created;
    }

    /// <summary>Checks an id from the command line against the configured pattern before it is used anywhere.</summary>
    public string RequireId(string id)
    {
        var ids = Workspace.Config.Ids;
        if (!ids.IsId(id))
        {
            throw new UsageException($"'{id}' is not a task id. Ids look like '{ids.Format(Trackdown.Core.Model.TaskType.Issue, 1)}' (formats.id_pattern '{ids.Template}').");
        }

        return id;
    }

    /// <summary>The person running the tool; its handle is what '@me' means and who makes a change.</summary>
    public Identity Identity { get; } = new(workingDirectory);

    /// <summary>'@me' is <see cref="Identity.Handle"/>; anything else is kept, with a leading '@' added.</summary>
    public string ResolveAssignee(string assignee)
    {
        if (!string.Equals(assignee, "@me", StringComparison.OrdinalIgnoreCase))
        {
            return assignee.StartsWith("@", StringComparison.Ordinal) ? assignee : "@" + assignee;
        }

        return "@" + Identity.Handle();
    }
}
