using System.Diagnostics;

namespace Trackdown.Integrations.Git;

/// <summary>
/// Commits the tool makes go through the git command line, not libgit2, so they honour everything git would: signing
/// (<c>commit.gpgsign</c>, openpgp or ssh), identity, hooks paths and the user's config.
/// </summary>
public static class GitCli
{
    /// <summary>Set in the environment of commits the tool makes, so its own post-commit hook does not run again.</summary>
    public const string HookGuardVariable = "TRACKDOWN_HOOK";

    /// <summary>Commits exactly <paramref name="paths"/> (other staged changes stay staged) and returns the short sha.</summary>
    public static string CommitPaths(string workingDirectory, string message, IReadOnlyList<string> paths, bool noVerify)
    {
        Run(workingDirectory, new[] { "add", "--" }.Concat(paths)); // new files (a first llms.txt) must be known to git
        var args = new List<string> { "commit", "--quiet", "-m", message };
        if (noVerify)
        {
            args.Add("--no-verify");
        }

        args.Add("--");
        args.AddRange(paths);
        Run(workingDirectory, args);
        return Run(workingDirectory, new[] { "rev-parse", "--short", "HEAD" }).Trim();
    }

    /// <summary>Runs git with arguments passed as a list (no shell); a non-zero exit is an IOException with git's message.</summary>
    public static string Run(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[HookGuardVariable] = "1";
        using var process = Process.Start(start) ?? throw new IOException("git could not be started.");
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new IOException($"git {string.Join(" ", start.ArgumentList.Take(2))} failed: {stderr.Result.Trim()}");
        }

        return stdout;
    }
}
