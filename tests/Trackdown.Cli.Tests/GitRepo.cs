using System.Diagnostics;

namespace Trackdown.Cli.Tests;

/// <summary>A real git repository in a temporary folder, deleted on dispose.</summary>
internal sealed class GitRepo : IDisposable
{
    public GitRepo(bool init = true)
    {
        Root = Directory.CreateTempSubdirectory("trackdown-cli-").FullName;
        if (init)
        {
            Git("init", "-q");
            Git("config", "user.name", "Test User");
            Git("config", "user.email", "test@example.com");
        }
    }

    public string Root { get; }

    public CliResult Run(params string[] args) => CliRunner.Run(Root, args);

    /// <summary>Runs the CLI and fails the test unless it exits with <paramref name="expected"/>.</summary>
    public CliResult Expect(int expected, params string[] args)
    {
        var result = Run(args);
        Assert.AreEqual(expected, result.ExitCode, result.ToString());
        return result;
    }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(Path(relative));

    public void Write(string relative, string text)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, $"git {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
        return output;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
