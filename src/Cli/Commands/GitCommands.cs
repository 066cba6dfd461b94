using Trackdown.Cli.Output;
using System.CommandLine;
using System.Reflection;
using LibGit2Sharp;
using Trackdown.Core.Creation;
using Trackdown.Core.Service;
using Trackdown.Core.Model;
using Trackdown.Integrations.Git;

namespace Trackdown.Cli.Commands;

/// <summary>The git commands: parse-commit, hooks, log, branch. LibGit2Sharp is loaded by these only.</summary>
internal static class GitCommands
{
    public static IEnumerable<Command> Create(CliContext context) => new[] { ParseCommit(context), Hooks(context), Log(context), Branch(context), PrePush(context) };

    /// <summary>The repository, or a usage error with one clear message outside any (never a crash).</summary>
    internal static Repository Open(CliContext context)
        => GitWorkspace.TryOpen(context.WorkingDirectory)
            ?? throw new UsageException($"'{context.WorkingDirectory}' is not inside a git repository; git features are skipped. Run 'git init' first.");

    private static Command ParseCommit(CliContext context)
    {
        var rev = new Argument<string>("rev") { Description = "The commit to read; default HEAD.", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "HEAD" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what would change; write nothing." };
        var hook = new Option<bool>("--hook") { Description = "As the post-commit hook: also regenerate and commit what changed, leaving the tree clean." };
        var json = SharedOptions.Json();
        var command = new Command("parse-commit", "Move tasks named in a commit message along the workflow (what the post-commit hook runs).") { rev, dryRun, hook, json };
        command.SetAction(result =>
        {
            var asHook = result.GetValue(hook);
            if (asHook && Environment.GetEnvironmentVariable(GitCli.HookGuardVariable) is { Length: > 0 })
            {
                return ExitCodes.Success; // the follow-up commit this hook made: nothing new to read
            }

            if (asHook && !context.Workspace.Config.Git.CommitParsing)
            {
                return ExitCodes.Success; // git.hooks.commit_parsing: false — the hook moves nothing
            }

            using var repo = Open(context);
            if (repo.Info.IsBare)
            {
                throw new UsageException("This is a bare repository: there are no task files to update.");
            }

            if (repo.Head.Tip is null)
            {
                context.Terminal.Output.WriteLine("No commits yet; nothing to parse.");
                return ExitCodes.Success;
            }

            var commit = repo.Lookup<Commit>(result.GetValue(rev)!) ?? throw new UsageException($"'{result.GetValue(rev)}' is not a commit in this repository.");
            var workspace = context.Workspace;
            var warnings = new List<Trackdown.Core.Diagnostics.TrackdownDiagnostic>();
            var requests = CommitMessageParser.Parse(commit.Message, workspace.Config, warnings);
            Output.DiagnosticPrinter.Print(context.Terminal, workspace, warnings);
            var author = commit.Author.Email is { Length: > 0 } email && email.Contains('@') ? email.Substring(0, email.IndexOf('@')) : commit.Author.Name;
            var origin = new ChangeOrigin(Actor.Person(author), ChangeSources.Commit);
            var shortSha = commit.Sha.Substring(0, 7);
            var outcomes = context.Service.ApplyCommitAsync(requests, shortSha, origin, result.GetValue(dryRun)).GetAwaiter().GetResult();
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Terminal, new
                {
                    commit = commit.Sha,
                    outcomes = outcomes.Select(o => new { id = o.Id, from = o.From, to = o.To, result = o.Result.ToString(), detail = o.Detail }),
                });
            }
            else
            {
                foreach (var o in outcomes)
                {
                    context.Terminal.Output.WriteLine($"{o.Id}: {o.From ?? "?"} -> {o.To ?? "(unchanged)"}: {Describe(o)}");
                }

                if (requests.Count == 0)
                {
                    context.Terminal.Output.WriteLine($"{shortSha} names no task.");
                }
            }

            if (asHook && !result.GetValue(dryRun))
            {
                CommitFollowUp(context, outcomes, shortSha);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The post-commit hook's changes (moved items, the audit trail, regenerated files) go into one follow-up commit of
    /// exactly those paths, so the user's tree is clean again and the next checkout or branch does not conflict.
    /// </summary>
    private static void CommitFollowUp(CliContext context, IReadOnlyList<CommitOutcome> outcomes, string shortSha)
    {
        var moved = outcomes.Where(o => o.Result == CommitResult.Moved && o.Change is not null).ToList();
        if (moved.Count == 0)
        {
            return;
        }

        var root = context.Workspace.Root;
        var paths = moved.SelectMany(o => o.Change!.Events.SelectMany(e => e.Paths)).Append(AuditTrail.PathFor(root)).ToList();
        var llms = context.Workspace.Config.Ai.LlmsTxt;
        if (llms.AutoGenerate && llms.UpdateFrequency != Core.Config.LlmsTxtUpdateFrequency.Manual && llms.UpdateFrequency != Core.Config.LlmsTxtUpdateFrequency.OnBuild)
        {
            paths.AddRange(GenerateCommand.Regenerate(context)); // on_commit (and on_change, already current): with the commit
        }
        var summary = string.Join(", ", moved.Select(o => $"{o.Id} {o.From} -> {o.To}"));
        var sha = GitCli.CommitPaths(root, $"trackdown: {summary} (after {shortSha})", paths.Distinct(StringComparer.Ordinal).ToList(), noVerify: true);
        context.Terminal.Output.WriteLine($"Committed {sha}: task status changes from {shortSha}.");
    }

    private static string Describe(CommitOutcome o) => o.Result switch
    {
        CommitResult.Moved => $"moved ({o.Detail}{Through(o)})",
        CommitResult.WouldMove => $"would move ({o.Detail}{Through(o)})",
        CommitResult.AlreadyThere => "already " + o.From,
        CommitResult.Referenced => "referenced",
        CommitResult.UnknownTask => "unknown task",
        _ => "refused: " + o.Detail,
    };

    private static string Through(CommitOutcome o)
        => o.Change?.Event?.Note is { } note && note.Contains("through ") ? "; " + note.Substring(note.IndexOf("through ", StringComparison.Ordinal)) : string.Empty;

    private static Command Hooks(CliContext context)
    {
        var action = new Argument<string>("action") { Description = "install, uninstall or status." }.AcceptOnlyFromAmong("install", "uninstall", "status");
        var json = SharedOptions.Json();
        var command = new Command("hooks", "Install, remove or show the post-commit and pre-push hooks; existing hooks are chained, never overwritten.") { action, json };
        command.SetAction(result =>
        {
            using var repo = Open(context);
            var directory = GitWorkspace.HooksDirectory(repo);
            var states = result.GetValue(action) switch
            {
                "install" => HookInstaller.Install(directory, ToolCommand()),
                "uninstall" => HookInstaller.Uninstall(directory),
                _ => HookInstaller.Status(directory),
            };
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Terminal, new { Action = result.GetValue(action), Hooks = states });
                return ExitCodes.Success;
            }

            foreach (var state in states)
            {
                context.Terminal.Output.WriteLine($"{state.Name}: {(state.Installed ? "installed" : "not installed")}{(state.ChainsExisting ? " (runs the previous hook first)" : string.Empty)} — {state.Path}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// What the pre-push hook runs (git's remote name and URL as arguments, the refs on stdin): refuses a direct push to
    /// the default branch under <c>git.hooks.branch_protection</c>, then the token budget gate.
    /// </summary>
    private static Command PrePush(CliContext context)
    {
        var remote = new Argument<string?>("remote") { Arity = ArgumentArity.ZeroOrOne };
        var url = new Argument<string?>("url") { Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("pre-push", "Run the pre-push checks (what the installed hook calls).") { remote, url };
        command.Hidden = true;
        command.SetAction(result =>
        {
            var workspace = context.Workspace;
            if (workspace.Config.Git.BranchProtection && Console.IsInputRedirected) // git gives the pushed refs on stdin
            {
                using var repo = Open(context);
                var protectedBranch = DefaultBranch(repo, result.GetValue(remote) ?? "origin");
                string? line;
                while ((line = Console.In.ReadLine()) is not null)
                {
                    var parts = line.Split(' ');
                    if (parts.Length >= 3 && parts[2] == "refs/heads/" + protectedBranch)
                    {
                        context.Terminal.Error.WriteLine($"error: pushing to '{protectedBranch}' directly is refused (git.hooks.branch_protection in .ai-trackdown/config.yaml). Push a branch instead, e.g. 'git push {result.GetValue(remote) ?? "origin"} HEAD:refs/heads/my-change', and open a pull request.");
                        return ExitCodes.ValidationFailed;
                    }
                }
            }

            var ledger = Core.Tokens.TokenLedger.Read(Core.Tokens.TokenLedger.PathFor(workspace.Root));
            var over = TokensCommand.Budgets(workspace, context.ReadTasks(), ledger.Entries, workspace.Config.Ai.TokenTracking.WarnThreshold).Where(b => b.IsOverrun).ToList();
            foreach (var budget in over)
            {
                context.Terminal.Error.WriteLine($"error TRK3002: {budget.Scope} budget '{budget.Name}' is over: {budget.Used:N0} of {budget.Limit:N0} tokens. See 'dotnet trackdown tokens check'.");
            }

            return over.Count > 0 ? ExitCodes.ValidationFailed : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The remote's HEAD branch when git knows it, else init.defaultBranch, else 'main'.</summary>
    private static string DefaultBranch(Repository repo, string remote)
    {
        if (repo.Refs[$"refs/remotes/{remote}/HEAD"] is SymbolicReference head)
        {
            return head.TargetIdentifier.Substring($"refs/remotes/{remote}/".Length);
        }

        return repo.Config.Get<string>("init.defaultBranch")?.Value ?? "main";
    }

    private static Command Log(CliContext context)
    {
        var id = SharedOptions.Id();
        var json = SharedOptions.Json();
        var command = new Command("log", "Commits whose message references the task.") { id, json };
        command.SetAction(result =>
        {
            using var repo = Open(context);
            var commits = CommitHistory.For(repo, context.RequireId(result.GetValue(id)!));
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Terminal, commits);
                return ExitCodes.Success;
            }

            foreach (var c in commits)
            {
                context.Terminal.Output.WriteLine($"{c.Sha.Substring(0, 7)} {c.Date:yyyy-MM-dd} {c.Author}: {c.Subject}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Branch(CliContext context)
    {
        var id = SharedOptions.Id();
        var from = new Option<string>("--base") { Description = "Start the branch here; default HEAD." };
        var command = new Command("branch", "Create and check out the task's branch, named by formats.branch_pattern.") { id, from };
        command.SetAction(result =>
        {
            var workspace = context.Workspace;
            var item = ShowCommand.Find(context, context.ReadTasks(), result.GetValue(id)!);
            using var repo = Open(context);
            var name = workspace.Config.Formats.BranchPattern
                .Replace("{type}", item.TypeName ?? "task")
                .Replace("{id}", item.Id)
                .Replace("{slug}", Slug.From(item.Title ?? item.Id!));
            if (repo.Branches[name] is not null)
            {
                throw new TrackdownRefusal(DiagnosticIds.InvalidRequest, $"Branch '{name}' already exists. Check it out with 'git switch {name}'.");
            }

            var start = result.GetValue(from) is { } rev
                ? repo.Lookup<Commit>(rev) ?? throw new UsageException($"'{rev}' is not a commit in this repository.")
                : repo.Head.Tip ?? throw new UsageException("The repository has no commits yet; commit once before creating a branch.");
            var branch = repo.CreateBranch(name, start);
            try
            {
                LibGit2Sharp.Commands.Checkout(repo, branch);
            }
            catch (LibGit2SharpException)
            {
                repo.Branches.Remove(branch); // a checkout that failed leaves no half-made branch behind
                throw;
            }
            context.Terminal.Output.WriteLine($"Switched to a new branch '{name}' at {start.Sha.Substring(0, 7)}.");
            var started = context.Service.StartAsync(item.Id!, context.Origin(result)).GetAwaiter().GetResult();
            if (started.Changed)
            {
                ChangePrinter.Print(context, started, "Started", json: false);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>How hooks call this very tool: the apphost, or 'dotnet path/to/dotnet-trackdown.dll' when run that way.</summary>
    internal static string ToolCommand()
    {
        var process = Environment.ProcessPath;
        var entry = Assembly.GetEntryAssembly()?.Location;
        if (process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet" && !string.IsNullOrEmpty(entry))
        {
            return $"{HookInstaller.ShellQuote(process)} {HookInstaller.ShellQuote(entry)}";
        }

        return process is null ? "dotnet trackdown" : HookInstaller.ShellQuote(process);
    }
}
