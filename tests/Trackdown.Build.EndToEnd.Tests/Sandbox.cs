using System.Text.RegularExpressions;

namespace Trackdown.Build.EndToEnd.Tests;

/// <summary>One parsed build diagnostic.</summary>
internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Code, string Message);

/// <summary>
/// A temporary repository: the shared task files and config from TestAssets/Repo, one or more sample projects, and a
/// nuget.config that takes Trackdown.* from the local feed only. Builds run as separate processes with -nr:false and the
/// run's private NuGet cache. <see cref="EndToEndTest"/> keeps the binary log of a failed test.
/// </summary>
internal sealed partial class Sandbox : IDisposable
{
    private readonly TempRepo repo = new();

    public Sandbox(params string[] assets)
    {
        Copy(System.IO.Path.Combine(Assets, "Repo"), Root);
        foreach (var asset in assets)
        {
            Copy(System.IO.Path.Combine(Assets, asset), System.IO.Path.Combine(Root, asset));
        }

        File.WriteAllText(System.IO.Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Packages.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="Trackdown.*" /><package pattern="dotnet-trackdown" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        repo.Git("init", "-q");
    }

    public static string Assets => System.IO.Path.Combine(Packages.RepositoryRoot, "tests", "TestAssets");

    public string Root => repo.Root;

    public string Path(string relative) => repo.Path(relative);

    public ProcessResult Build(string project, params string[] extra)
    {
        var args = new List<string> { "build", project, "-nr:false", $"-p:TrackdownVersion={Packages.Version}", $"-bl:{Path("build.binlog")}" };
        args.AddRange(extra);
        return Dotnet(args.ToArray());
    }

    /// <summary>Runs dotnet in the sandbox; builds are slow, so the limit is 10 minutes.</summary>
    public ProcessResult Dotnet(params string[] args) => ProcessRunner.Run(Root, "dotnet", args, Environment(), TimeSpan.FromMinutes(10));

    /// <summary>The test host's own MSBuild settings must not leak into the builds under test.</summary>
    public static Dictionary<string, string?> WithoutHostMsBuild() => new()
    {
        ["MSBuildSDKsPath"] = null,
        ["MSBuildExtensionsPath"] = null,
        ["MSBUILD_EXE_PATH"] = null,
        ["DOTNET_HOST_PATH"] = null,
        ["VSTEST_HOST_DEBUG"] = null,
    };

    public static Dictionary<string, string?> Environment() => new(WithoutHostMsBuild())
    {
        ["NUGET_PACKAGES"] = Packages.NuGetPackages,
        ["CI"] = null, // check mode is tested explicitly, not inherited from the CI that runs these tests
        ["TRACKDOWN_E2E"] = "1",
    };

    [GeneratedRegex(@"^(?<file>[^\s(][^(\r\n]*)\((?<line>\d+),(?<col>\d+)\): (?<sev>error|warning) (?<code>TRK\d{4}): (?<msg>.+?)(?: \[.+\])?$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();

    /// <summary>The TRK diagnostics in a build log, once each (MSBuild repeats errors in its summary).</summary>
    public static IReadOnlyList<BuildDiagnostic> Diagnostics(ProcessResult result)
        => DiagnosticLine().Matches(result.Output)
            .Select(m => new BuildDiagnostic(m.Groups["file"].Value.Trim(), int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["col"].Value), m.Groups["sev"].Value, m.Groups["code"].Value, m.Groups["msg"].Value.TrimEnd('\r')))
            .DistinctBy(d => (d.File, d.Line, d.Column, d.Code))
            .ToList();

    public void Dispose() => repo.Dispose();

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to), overwrite: true);
        }
    }
}
