using System.Reflection;

namespace Trackdown.Build.EndToEnd.Tests;

/// <summary>
/// Packs Trackdown.Build and dotnet-trackdown once per test run, with a unique version, into artifacts/packages. The
/// build goes to a private artifacts folder so it never touches the outputs other test projects are using.
/// </summary>
[TestClass]
public static class Packages
{
    public static string RepositoryRoot => Trackdown.Tests.RepoPaths.Root;

    public static string Feed { get; } = Path.Combine(RepositoryRoot, "artifacts", "packages");

    public static string Version { get; } = $"0.0.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    /// <summary>One NuGet cache for the run, never the user's: a re-packed version must not be served stale.</summary>
    public static string NuGetPackages { get; } = Path.Combine(Path.GetTempPath(), "trackdown-e2e-nuget", Version);

    [AssemblyInitialize]
    public static void Pack(TestContext context)
    {
        var artifacts = Path.Combine(Path.GetTempPath(), "trackdown-e2e-artifacts", Version);
        foreach (var project in new[] { "nuget/Trackdown.Build.Package.csproj", "src/Cli/Trackdown.Cli.csproj" })
        {
            var result = ProcessRunner.Run(RepositoryRoot, "dotnet", ["pack", project, "-c", "Release", "-o", Feed, $"-p:Version={Version}", $"-p:ArtifactsPath={artifacts}/", "-nr:false"], Sandbox.WithoutHostMsBuild(), TimeSpan.FromMinutes(10));
            Assert.AreEqual(0, result.ExitCode, result.ToString());
        }
    }

    [AssemblyCleanup]
    public static void Cleanup()
    {
        foreach (var file in Directory.EnumerateFiles(Feed, $"*{Version}*.nupkg"))
        {
            File.Delete(file);
        }
    }

    public static string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");
}
