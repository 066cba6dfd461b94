using System.Diagnostics;
using System.Text;

namespace Trackdown.Tests;

/// <summary>The outcome of one process: exit code, stdout, stderr. <see cref="Output"/> is both, for log parsing.</summary>
internal sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    public string Output => Stdout + Stderr;

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>
/// Runs a command as a separate process with no stdin (closed at once) and a time limit (default 2 minutes; the
/// process tree is killed and <see cref="TimeoutException"/> thrown when it passes).
/// <code>
/// ProcessRunner.Run(dir, "git", "status");
/// ProcessRunner.Run(dir, "dotnet", ["build"], new Dictionary&lt;string, string?&gt; { ["CI"] = null }, TimeSpan.FromMinutes(10));
/// </code>
/// Environment values override the test host's; a null value removes the variable.
/// </summary>
internal static class ProcessRunner
{
    public static ProcessResult Run(string workingDirectory, string fileName, params string[] args)
        => Run(workingDirectory, fileName, args, environment: null);

    public static ProcessResult Run(string workingDirectory, string fileName, IEnumerable<string> args, IDictionary<string, string?>? environment, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        var limit = timeout ?? TimeSpan.FromMinutes(2);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish in {limit}.");
        }

        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
