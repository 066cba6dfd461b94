using System.Diagnostics;

namespace Trackdown.Cli;

/// <summary>
/// Who is running the tool, as a handle (no '@'): what '@me' means and who the actor of a change is. In order:
/// <c>git config trackdown.handle</c>, the local part of <c>git config user.email</c>, then <c>$USER</c>. A display name
/// like "Alice Dev" is never used: it is not a handle anyone can type. One git process at most per run, cached.
/// </summary>
internal sealed class Identity(string workingDirectory)
{
    private string? handle;

    public string Handle() => handle ??= FromGit() ?? FromEnvironment();

    private static string FromEnvironment()
        => Clean(Environment.GetEnvironmentVariable("USER")) ?? Clean(Environment.GetEnvironmentVariable("USERNAME")) ?? Environment.UserName;

    private string? FromGit()
    {
        var values = ReadGitConfig();
        if (values.TryGetValue("trackdown.handle", out var configured) && Clean(configured) is { } h)
        {
            return h;
        }

        if (values.TryGetValue("user.email", out var email) && email.IndexOf('@') is var at and > 0)
        {
            var local = email.Substring(0, at);
            var plus = local.IndexOf('+');
            return Clean(plus > 0 ? local.Substring(0, plus) : local);
        }

        return null;
    }

    /// <summary>Both keys in one process: <c>git config --get-regexp</c> prints "key value" lines (keys lower-cased).</summary>
    private Dictionary<string, string> ReadGitConfig()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "config", "--get-regexp", @"^(trackdown\.handle|user\.email)$" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return values;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            foreach (var line in output.Split('\n'))
            {
                var space = line.IndexOf(' ');
                if (space > 0)
                {
                    values[line.Substring(0, space)] = line.Substring(space + 1).Trim(); // the last one wins, as git does
                }
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // git is not installed: the environment decides.
        }

        return values;
    }

    /// <summary>A usable handle: trimmed, without a leading '@', no whitespace inside; null when nothing is left.</summary>
    private static string? Clean(string? value)
    {
        var text = value?.Trim().TrimStart('@');
        return string.IsNullOrEmpty(text) || text!.Any(char.IsWhiteSpace) ? null : text;
    }
}
