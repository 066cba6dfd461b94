using System.Diagnostics;

namespace Trackdown.Cli;

/// <summary>
/// Opens the user's editor the way git does: <c>$VISUAL</c>, else <c>$EDITOR</c>, else <c>vi</c>, run through the shell
/// so "code --wait" works; the file's path is passed as a separate argument, never spliced into the command text.
/// </summary>
internal static class Editor
{
    public static void Open(string path)
    {
        var editor = Environment.GetEnvironmentVariable("VISUAL") is { Length: > 0 } visual ? visual
            : Environment.GetEnvironmentVariable("EDITOR") is { Length: > 0 } editorVariable ? editorVariable
            : OperatingSystem.IsWindows() ? "notepad" : "vi";
        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/c", editor, path } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", editor + " \"$1\"", "trackdown-editor", path } };
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new IOException($"The editor '{editor}' could not be started.");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new IOException($"The editor '{editor}' exited with code {process.ExitCode}; nothing was changed.");
        }
    }
}
