using Trackdown.Core.Service;

namespace Trackdown.Cli.Output;

/// <summary>
/// A refusal as the CLI prints it: <c>error TRKnnnn: message</c>, the way to override it in this front end's words, then
/// the located diagnostics behind it, in the build's format.
/// </summary>
internal static class RefusalPrinter
{
    public static void Print(CliContext context, TrackdownRefusal refusal)
    {
        var hint = refusal.CanOverride == RefusalOverride.Force ? " Pass --force to override." : string.Empty;
        context.Terminal.Error.WriteLine($"error {refusal.Code}: {refusal.Message}{hint}");
        if (refusal.Diagnostics.Count > 0)
        {
            DiagnosticPrinter.Print(context.Terminal, context.Workspace, refusal.Diagnostics);
        }
    }
}
