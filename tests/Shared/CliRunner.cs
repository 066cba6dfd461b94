namespace Trackdown.Tests;

/// <summary>
/// Runs the real <c>dotnet-trackdown</c> built beside the tests (a project that references src/Cli) as a separate
/// process, the way users and agents do, with NO_COLOR=1 and CI=true.
/// <code>
/// CliRunner.Run(dir, "list", "--json");           // any folder
/// repo.Cli("list");                              // in a TempRepo
/// repo.Expect(0, "create", "issue", "Title");    // and fail the test unless the exit code matches
/// </code>
/// </summary>
internal static class CliRunner
{
    public static string ToolPath => System.IO.Path.Combine(AppContext.BaseDirectory, "dotnet-trackdown.dll");

    public static ProcessResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

    public static ProcessResult Run(string workingDirectory, IDictionary<string, string?>? environment, params string[] args)
    {
        var env = new Dictionary<string, string?> { ["NO_COLOR"] = "1", ["CI"] = "true" };
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            env[key] = value;
        }

        return ProcessRunner.Run(workingDirectory, "dotnet", new[] { ToolPath }.Concat(args), env);
    }

    public static ProcessResult Cli(this TempRepo repo, params string[] args) => Run(repo.Root, args);

    /// <summary>Runs the CLI in the repository and fails the test unless it exits with <paramref name="expected"/>.</summary>
    public static ProcessResult Expect(this TempRepo repo, int expected, params string[] args)
    {
        var result = Run(repo.Root, args);
        Assert.AreEqual(expected, result.ExitCode, result.ToString());
        return result;
    }
}
