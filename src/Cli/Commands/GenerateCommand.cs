using System.CommandLine;
using Trackdown.Cli.Output;
using Trackdown.Core.Diagnostics;
using Trackdown.Core.Generation;
using Trackdown.Core.Validation;

namespace Trackdown.Cli.Commands;

/// <summary>
/// <c>trackdown generate</c>: writes llms.txt, docs/llms-full.txt and TASKTRACK.md without a build, with the same code
/// the build uses, so the two never disagree. <c>--check</c> writes nothing and fails on stale files, like CI builds.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 if a generated file is out of date (TRK2001)." };
        var json = SharedOptions.Json();
        var command = new Command("generate", "Regenerate llms.txt, docs/llms-full.txt and TASKTRACK.md from the task files.") { check, json };
        command.SetAction(result =>
        {
            var workspace = context.Workspace;
            var set = workspace.LoadTasks();
            var errors = RepositoryValidator.Validate(workspace, set).Where(d => d.IsError).ToList();
            if (errors.Count > 0)
            {
                DiagnosticPrinter.Print(context.Terminal, workspace, errors);
                context.Terminal.Error.WriteLine("Task files have errors; generated files were left as they are.");
                return ExitCodes.ValidationFailed;
            }

            var planned = GeneratedFileSet.Plan(workspace, set, new GeneratedFilePaths());
            if (result.GetValue(check))
            {
                var stale = GeneratedFileSet.Stale(workspace.Root, planned);
                if (result.GetValue(json))
                {
                    JsonOutput.Write(context.Terminal, new { Check = true, Files = planned.Select(f => new { Path = f.RelativePath, State = stale.Contains(f) ? "stale" : "current" }) });
                    return stale.Count > 0 ? ExitCodes.ValidationFailed : ExitCodes.Success;
                }

                DiagnosticPrinter.Print(context.Terminal, workspace, stale.Select(f => new TrackdownDiagnostic(DiagnosticIds.GeneratedFileStale, DiagnosticSeverity.Error, f.FullPath(workspace.Root), 1, 1, 1, 1, $"'{f.RelativePath}' is out of date with the task files. Run 'dotnet trackdown generate' and commit the result.")));
                return stale.Count > 0 ? ExitCodes.ValidationFailed : ExitCodes.Success;
            }

            var written = GeneratedFileSet.WriteChanged(workspace.Root, planned);
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Terminal, new { Check = false, Files = planned.Select(f => new { Path = f.RelativePath, State = written.Contains(f) ? "written" : "unchanged" }) });
                return ExitCodes.Success;
            }

            foreach (var file in planned)
            {
                context.Terminal.Output.WriteLine($"{(written.Contains(file) ? "updated  " : "unchanged")} {file.RelativePath}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Regenerates the files when the task files are valid; returns the full paths written (none when invalid).</summary>
    internal static IReadOnlyList<string> Regenerate(CliContext context) => GeneratedFileSet.RegenerateIfValid(context.Workspace);
}
