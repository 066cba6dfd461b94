using System.CommandLine;

namespace Trackdown.Cli.Commands;

/// <summary>
/// <c>trackdown completion bash|zsh|pwsh</c> prints a shell script that asks the tool itself for completions through
/// System.CommandLine's <c>[suggest]</c> directive, so completions always match the installed version's commands.
/// </summary>
internal static class CompletionCommand
{
    public static Command Create(CliContext context)
    {
        var shell = new Argument<string>("shell") { Description = "bash, zsh or pwsh." }.AcceptOnlyFromAmong("bash", "zsh", "pwsh");
        var command = new Command("completion", "Print a shell completion script; e.g. add 'source <(dotnet trackdown completion bash)' to ~/.bashrc.") { shell };
        command.SetAction(result =>
        {
            context.Terminal.Output.Write(Script(result.GetValue(shell)!));
            return ExitCodes.Success;
        });
        return command;
    }

    internal static string Script(string shell) => shell switch
    {
        "bash" => Bash,
        "zsh" => Zsh,
        _ => Pwsh,
    };

    // Both 'dotnet trackdown …' and 'dotnet-trackdown …' complete: the line is cut to start at the tool's own name.
    // 'dotnet' itself keeps its completion: the function registered before this script (captured now, or loaded by
    // bash-completion on first use) gets every 'dotnet …' line that is not 'dotnet trackdown …'. Sourcing twice is safe.
    private const string Bash = """
        # bash completion for dotnet trackdown
        _dotnet_trackdown_complete()
        {
            local line="${COMP_LINE:0:$COMP_POINT}"
            line="${line#dotnet }"
            line="${line#dotnet-}"
            local IFS=$'\n'
            COMPREPLY=( $(dotnet-trackdown "[suggest:${#line}]" "$line" 2>/dev/null) )
        }
        complete -o default -F _dotnet_trackdown_complete dotnet-trackdown

        # Remember the function that completed 'dotnet' before us (none is fine).
        _dotnet_trackdown_capture_previous()
        {
            local spec
            spec="$(complete -p dotnet 2>/dev/null)" || return 1
            if [[ $spec =~ -F[[:space:]]+([^[:space:]]+) && ${BASH_REMATCH[1]} != _dotnet_trackdown_dotnet_complete ]]; then
                _dotnet_trackdown_previous="${BASH_REMATCH[1]}"
            fi
        }
        _dotnet_trackdown_previous="${_dotnet_trackdown_previous:-}"
        _dotnet_trackdown_capture_previous
        _dotnet_trackdown_dotnet_complete()
        {
            if [[ "${COMP_WORDS[1]}" == "trackdown" ]]; then
                _dotnet_trackdown_complete
                return
            fi
            # Nothing registered yet: let bash-completion load dotnet's own completion once, then put ours back.
            if [[ -z $_dotnet_trackdown_previous ]] && declare -F __load_completion >/dev/null; then
                complete -r dotnet 2>/dev/null
                __load_completion dotnet && _dotnet_trackdown_capture_previous
                complete -o default -F _dotnet_trackdown_dotnet_complete dotnet
            fi
            if [[ -n $_dotnet_trackdown_previous ]] && declare -F "$_dotnet_trackdown_previous" >/dev/null; then
                "$_dotnet_trackdown_previous" "$@"
            fi
        }
        complete -o default -F _dotnet_trackdown_dotnet_complete dotnet

        """;

    private const string Zsh = """
        # zsh completion for dotnet trackdown
        _dotnet_trackdown_complete()
        {
            local line="${BUFFER[1,$CURSOR]}"
            line="${line#dotnet }"
            line="${line#dotnet-}"
            local -a completions
            completions=("${(@f)$(dotnet-trackdown "[suggest:${#line}]" "$line" 2>/dev/null)}")
            compadd -- $completions
        }
        compdef _dotnet_trackdown_complete dotnet-trackdown

        """;

    private const string Pwsh = """
        # PowerShell completion for dotnet trackdown
        $trackdownCompleter = {
            param($wordToComplete, $commandAst, $cursorPosition)
            $line = $commandAst.ToString().Substring(0, [Math]::Min($cursorPosition - $commandAst.Extent.StartOffset, $commandAst.ToString().Length))
            $line = $line -replace '^dotnet ', '' -replace '^dotnet-', ''
            dotnet-trackdown "[suggest:$($line.Length)]" "$line" 2>$null | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }
        Register-ArgumentCompleter -Native -CommandName dotnet-trackdown -ScriptBlock $trackdownCompleter

        """;
}
