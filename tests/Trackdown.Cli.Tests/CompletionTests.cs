namespace Trackdown.Cli.Tests;

[TestClass]
public sealed class CompletionTests
{
    [TestMethod]
    [DataRow("bash", "complete -o default -F")]
    [DataRow("zsh", "compdef")]
    [DataRow("pwsh", "Register-ArgumentCompleter")]
    public void Completion_PrintsScriptForShell(string shell, string marker)
    {
        using var dir = new TempRepo();

        StringAssert.Contains(dir.Expect(0, "completion", shell).Stdout, marker);
    }

    [TestMethod]
    public void SuggestDirective_CompletesSubcommands()
    {
        using var dir = new TempRepo();

        var result = dir.Expect(0, "[suggest:13]", "trackdown val");

        Assert.AreEqual("validate", result.Stdout.Trim());
    }

    /// <summary>
    /// Real bash: an existing 'dotnet' completion keeps every 'dotnet …' line except 'dotnet trackdown …', which gets the
    /// repository's ids and the workflow's statuses. COMP_* are set as bash sets them when TAB is pressed.
    /// </summary>
    [TestMethod]
    public void Bash_KeepsDotnetsOwnCompletionAndCompletesIdsAndStatuses()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/bin/bash"))
        {
            Assert.Inconclusive("Needs bash on a Unix system.");
            return;
        }

        using var repo = new TempRepo(git: true, trackdown: true);
        repo.Task("ISSUE-001", "issue");
        repo.Task("ISSUE-002", "issue");
        repo.Task("TASK-001", "task");
        repo.Write("bin/dotnet-trackdown", $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "dotnet-trackdown.dll")}' \"$@\"\n");
        File.SetUnixFileMode(repo.Path("bin/dotnet-trackdown"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        repo.Write("test.sh", """
            _old_dotnet() { COMPREPLY=(old-dotnet-completion "$1" "$2" "$3"); }
            complete -F _old_dotnet dotnet
            source <(dotnet-trackdown completion bash)
            source <(dotnet-trackdown completion bash) # twice: still delegates, never to itself
            tab() {
                COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}
                read -ra COMP_WORDS <<< "$COMP_LINE"
                [[ $COMP_LINE == *" " ]] && COMP_WORDS+=("")
                COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
                COMPREPLY=()
                local fn; fn=$(complete -p "${COMP_WORDS[0]}" | sed -E 's/.*-F ([^ ]+).*/\1/')
                "$fn" "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
                echo "${COMPREPLY[*]}"
            }
            tab "dotnet build "
            tab "dotnet trackdown update IS"
            tab "dotnet trackdown list --status in"
            tab "dotnet-trackdown show TA"
            tab "dotnet trackdown list --parent "
            """);

        var result = ProcessRunner.Run(repo.Root, "bash", ["--norc", "--noprofile", "test.sh"], new Dictionary<string, string?> { ["PATH"] = repo.Path("bin") + ":" + Environment.GetEnvironmentVariable("PATH") });

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var lines = result.Stdout.Split('\n');
        Assert.AreEqual("old-dotnet-completion dotnet  build", lines[0], result.ToString());
        Assert.AreEqual("ISSUE-001 ISSUE-002", lines[1], result.ToString());
        Assert.AreEqual("in-progress in-review", lines[2], result.ToString());
        Assert.AreEqual("TASK-001", lines[3], result.ToString());
        Assert.AreEqual("ISSUE-001 ISSUE-002", lines[4], result.ToString());
    }
}
