namespace Trackdown.Integrations.Git;

/// <summary>State of one hook: ours, someone else's (left alone), or none.</summary>
public sealed record HookState(string Name, string Path, bool Installed, bool ChainsExisting);

/// <summary>
/// Installs post-commit (parse the commit, regenerate llms.txt) and pre-push (branch protection, token budgets) hooks that call the
/// tool. An existing hook is never overwritten: it is moved aside to <c>NAME.trackdown-chained</c> and our script runs it
/// first; uninstall puts it back exactly as it was.
/// </summary>
public static class HookInstaller
{
    public const string Marker = "# trackdown-hook";
    public static readonly string[] Hooks = { "post-commit", "pre-push" };

    public static IReadOnlyList<HookState> Install(string hooksDirectory, string toolCommand)
    {
        Directory.CreateDirectory(hooksDirectory);
        foreach (var hook in Hooks)
        {
            var path = Path.Combine(hooksDirectory, hook);
            var chained = path + ".trackdown-chained";
            if (File.Exists(path) && !IsOurs(path))
            {
                if (File.Exists(chained))
                {
                    throw new IOException($"'{chained}' already exists; move it away before installing.");
                }

                File.Move(path, chained);
            }

            File.WriteAllText(path, Script(hook, toolCommand).Replace("\r\n", "\n"));
            MakeExecutable(path);
        }

        return Status(hooksDirectory);
    }

    public static IReadOnlyList<HookState> Uninstall(string hooksDirectory)
    {
        foreach (var hook in Hooks)
        {
            var path = Path.Combine(hooksDirectory, hook);
            var chained = path + ".trackdown-chained";
            if (File.Exists(path) && IsOurs(path))
            {
                File.Delete(path);
                if (File.Exists(chained))
                {
                    File.Move(chained, path);
                }
            }
        }

        return Status(hooksDirectory);
    }

    /// <summary>True when none of our hooks is installed: what <c>git.hooks.auto_install</c> acts on.</summary>
    public static bool NoneInstalled(string hooksDirectory) => Status(hooksDirectory).All(h => !h.Installed);

    public static IReadOnlyList<HookState> Status(string hooksDirectory)
        => Hooks.Select(hook =>
        {
            var path = Path.Combine(hooksDirectory, hook);
            return new HookState(hook, path, File.Exists(path) && IsOurs(path), File.Exists(path + ".trackdown-chained"));
        }).ToList();

    private static bool IsOurs(string path) => File.ReadAllText(path).Contains(Marker);

    private static string Script(string hook, string tool)
    {
        // post-commit: the tool commits its own follow-up (status moves, audit trail, regenerated files) with
        // TRACKDOWN_HOOK set, so that commit does not start the hook again and the tree is left clean.
        var work = hook == "post-commit"
            ? $"[ -n \"${GitCli.HookGuardVariable}\" ] && exit 0\n{tool} parse-commit HEAD --hook || true\n"
            : $"{tool} pre-push \"$@\" || exit 1\n";
        return $"""
            #!/bin/sh
            {Marker}: installed by 'dotnet trackdown hooks install'; 'dotnet trackdown hooks uninstall' restores the previous hook.
            chained="$(dirname "$0")/{hook}.trackdown-chained"
            if [ -x "$chained" ]; then
              "$chained" "$@" || exit $?
            fi

            """ + work;
    }

    /// <summary>A word for /bin/sh that nothing in it can expand: single quotes, with each ' written as '\''.</summary>
    public static string ShellQuote(string word) => "'" + word.Replace("'", "'\\''") + "'";

    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }
}
