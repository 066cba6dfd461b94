using System.CommandLine;
using Trackdown.Core.Config;
using Trackdown.Core.Editing;
using Trackdown.Core.Model;
using Trackdown.Core.Repository;
using Trackdown.Core.Templates;

namespace Trackdown.Cli.Commands;

/// <summary><c>trackdown init</c>: config with every default written out, task folders and editable templates.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("init", "Set up Trackdown in the current folder: .ai-trackdown/config.yaml, tasks/ folders and templates.");
        command.SetAction(_ => Run(context));
        return command;
    }

    private static int Run(CliContext context)
    {
        var root = context.WorkingDirectory;
        var written = new List<string>();
        var configDir = Path.Combine(root, RepositoryLocator.ConfigFolder);
        WriteIfMissing(Path.Combine(configDir, "config.yaml"), DefaultConfigYaml.Text, written);
        WriteIfMissing(Path.Combine(configDir, ".gitignore"), "# Performance caches: never required, safe to delete.\ncache/\n", written);
        // The audit trail and the token ledger are append-only: two branches' appends merge by keeping both sides' lines.
        WriteIfMissing(Path.Combine(configDir, ".gitattributes"), "logs/*.jsonl merge=union\n", written);
        foreach (var type in TaskTypes.All)
        {
            WriteIfMissing(Path.Combine(configDir, "templates", type.Name() + ".md"), TemplateStore.BuiltIn(type), written);
            WriteIfMissing(Path.Combine(root, TrackdownWorkspace.DefaultTasksFolder, type.Folder(), ".gitkeep"), string.Empty, written);
        }

        var terminal = context.Terminal;
        if (TrackdownWorkspace.Open(root).Config.Git.AutoInstallHooks && Integrations.Git.GitWorkspace.TryOpen(root) is { } repo)
        {
            using (repo)
            {
                var hooks = Integrations.Git.GitWorkspace.HooksDirectory(repo);
                if (!repo.Info.IsBare && Integrations.Git.HookInstaller.NoneInstalled(hooks))
                {
                    Integrations.Git.HookInstaller.Install(hooks, GitCommands.ToolCommand());
                    terminal.Output.WriteLine("installed the post-commit and pre-push hooks (git.hooks.auto_install)");
                }
            }
        }

        if (written.Count == 0)
        {
            terminal.Output.WriteLine("Trackdown is already set up here; nothing was changed.");
            return ExitCodes.Success;
        }

        foreach (var path in written)
        {
            terminal.Output.WriteLine($"created {Path.GetRelativePath(root, path).Replace('\\', '/')}");
        }

        terminal.Output.WriteLine("Next: dotnet trackdown create epic \"My first epic\"");
        return ExitCodes.Success;
    }

    private static void WriteIfMissing(string path, string text, List<string> written)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (AtomicFile.TryCreateNew(path, text, withBom: false))
        {
            written.Add(path);
        }
    }
}
