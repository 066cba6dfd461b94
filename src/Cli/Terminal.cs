using Spectre.Console;

namespace Trackdown.Cli;

/// <summary>
/// Where output goes. Colour and prompts only on a real terminal: NO_COLOR or redirected output turns colour off, and a
/// redirected stdin means nobody can answer a prompt.
/// </summary>
internal sealed class Terminal
{
    private Terminal(IAnsiConsole console, TextWriter output, TextWriter error, bool canPrompt, bool isRedirected)
    {
        Console = console;
        Output = output;
        Error = error;
        CanPrompt = canPrompt;
        IsRedirected = isRedirected;
    }

    public IAnsiConsole Console { get; }

    /// <summary>Plain stdout, for JSON and machine-readable lines.</summary>
    public TextWriter Output { get; }

    /// <summary>Diagnostics and messages that are not the command's result.</summary>
    public TextWriter Error { get; }

    public bool CanPrompt { get; }

    public bool IsRedirected { get; }

    public static Terminal FromEnvironment()
    {
        var redirected = System.Console.IsOutputRedirected;
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = redirected || noColor ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected || noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = System.Console.IsInputRedirected ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(System.Console.Out),
        });
        if (redirected)
        {
            console.Profile.Width = 160; // no terminal to fit: avoid wrapping cells in files and pipes
        }

        var canPrompt = !System.Console.IsInputRedirected && !redirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        return new Terminal(console, System.Console.Out, System.Console.Error, canPrompt, redirected);
    }
}
