using System.CommandLine;
using Trackdown.Cli.Output;
using Trackdown.Core.Validation;

namespace Trackdown.Cli.Commands;

/// <summary><c>trackdown validate</c>: the build's checks, the build's lines; exit 1 on any error.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var json = SharedOptions.Json();
        var command = new Command("validate", "Check config and every task file; prints the same diagnostics as the build.") { json };
        command.SetAction(result =>
        {
            context.PrintsDiagnostics = true;
            var workspace = context.Workspace;
            var set = workspace.LoadTasks();
            var diagnostics = RepositoryValidator.Validate(workspace, set);
            var errors = diagnostics.Count(d => d.IsError);
            var warnings = diagnostics.Count(d => d.Severity == Core.Diagnostics.DiagnosticSeverity.Warning);
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Terminal, new
                {
                    files = set.Documents.Count,
                    errors,
                    warnings,
                    diagnostics = diagnostics.Select(d => DiagnosticPrinter.ToJson(d, workspace)),
                });
            }
            else
            {
                DiagnosticPrinter.Print(context.Terminal, workspace, diagnostics);
                context.Terminal.Output.WriteLine($"Validated {set.Documents.Count} file(s): {errors} error(s), {warnings} warning(s).");
            }

            return errors > 0 ? ExitCodes.ValidationFailed : ExitCodes.Success;
        });
        return command;
    }
}
