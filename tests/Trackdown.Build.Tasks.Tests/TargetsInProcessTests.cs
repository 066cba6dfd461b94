using Microsoft.Build.Evaluation;
using Microsoft.Build.Execution;
using Microsoft.Build.Framework;

namespace Trackdown.Build.Tasks.Tests;

/// <summary>The real props and targets from src/Sdk, evaluated and built in-process against the freshly built tasks.</summary>
[TestClass]
[DoNotParallelize] // one MSBuild BuildManager per process runs one build at a time
public sealed class TargetsInProcessTests
{
    [TestMethod]
    public void Targets_BuildTwice_SecondSkipsValidation()
    {
        using var repo = SeededRepo.Create();
        var (firstOk, firstLog) = Build(repo);
        var (secondOk, secondLog) = Build(repo);

        Assert.IsTrue(firstOk, string.Join("\n", firstLog.Errors.Select(e => e.Message)));
        Assert.IsTrue(firstLog.Started.Contains("TrackdownGenerateIndex"));
        Assert.IsTrue(File.Exists(repo.Path("TASKTRACK.md")));
        Assert.IsTrue(secondOk);
        Assert.IsTrue(secondLog.Skipped.Contains("TrackdownValidate"), string.Join(", ", secondLog.Skipped));
        Assert.IsFalse(secondLog.Started.Contains("TrackdownGenerateIndex"));
    }

    [TestMethod]
    public void Targets_BodyEdit_LeavesTheTaskIndexUntouched_StatusEditRewritesIt()
    {
        using var repo = SeededRepo.Create();
        Assert.IsTrue(Build(repo).Ok);
        var index = repo.Path("obj/trackdown.trackdown-index");
        var stamp = repo.Path("obj/trackdown.index.stamp");
        var task = Directory.GetFiles(repo.Path("tasks"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var before = File.ReadAllText(index);
        StringAssert.Contains(before, task.Replace('\\', '/').Split('/').Last());
        var old = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(index, old);
        File.SetLastWriteTimeUtc(stamp, old);

        File.AppendAllText(task, "\nMore body text.\n");
        var (bodyOk, bodyLog) = Build(repo);

        Assert.IsTrue(bodyOk);
        Assert.IsTrue(bodyLog.Started.Contains("_TrackdownWriteTaskIndex"));
        Assert.AreEqual(old, File.GetLastWriteTimeUtc(index), "a body edit must not touch the compiler's input");
        File.SetLastWriteTimeUtc(stamp, old);

        var text = File.ReadAllText(task);
        File.WriteAllText(task, System.Text.RegularExpressions.Regex.Replace(text, "(?m)^status: .*$", "status: done", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)));
        Assert.IsTrue(Build(repo).Ok);

        Assert.AreNotEqual(old, File.GetLastWriteTimeUtc(index));
        Assert.AreNotEqual(before, File.ReadAllText(index));
        StringAssert.Contains(File.ReadAllText(index), "\tdone\t");
    }

    [TestMethod]
    public void Targets_BadFile_FailsWithCodedErrors()
    {
        using var repo = SeededRepo.Create();
        repo.Write("tasks/tasks/TASK-001-t.md", "---\nid: TASK-001\ntype: task\ntitle: T\nstatus: nope\n---\n");

        var (ok, log) = Build(repo);

        Assert.IsFalse(ok);
        Assert.AreEqual(("TRK1020", 5, 9), log.Errors.Select(e => (e.Code, e.LineNumber, e.ColumnNumber)).Single());
    }

    [TestMethod]
    public void Targets_CiEnvironment_DefaultsToCheckOnly()
    {
        using var repo = SeededRepo.Create();

        var (ok, log) = Build(repo, ("TrackdownCheckOnly", null), ("CI", "true"));

        Assert.IsFalse(ok);
        Assert.AreEqual(3, log.Errors.Count(e => e.Code == "TRK2001"));
        Assert.IsFalse(File.Exists(repo.Path("llms.txt")), "check mode writes nothing");
    }

    [TestMethod]
    public void Targets_Disabled_DoNothing()
    {
        using var repo = SeededRepo.Create();

        var (ok, log) = Build(repo, ("TrackdownEnabled", "false"));

        Assert.IsTrue(ok);
        Assert.IsFalse(log.Started.Contains("TrackdownValidate"));
        Assert.IsFalse(File.Exists(repo.Path("llms.txt")));
    }

    [TestMethod]
    public void Targets_DesignTimeBuild_DoNothing()
    {
        using var repo = SeededRepo.Create();

        var (ok, log) = Build(repo, ("DesignTimeBuild", "true"));

        Assert.IsTrue(ok);
        Assert.IsFalse(log.Started.Contains("TrackdownValidate"));
    }

    private static (bool Ok, BuildRecording Log) Build(TempRepo repo, params (string Name, string? Value)[] properties)
    {
        var sdk = Path.Combine(RepositoryRoot(), "src", "Sdk", "build");
        var projectPath = repo.Path("app.proj");
        File.WriteAllText(projectPath, $"""
            <Project DefaultTargets="Build">
              <Import Project="{sdk}/Trackdown.Build.props" />
              <PropertyGroup><IntermediateOutputPath>obj/</IntermediateOutputPath></PropertyGroup>
              <Import Project="{sdk}/Trackdown.Build.targets" />
              <Target Name="BuildOnlySettings"><PropertyGroup><BuildingProject>true</BuildingProject></PropertyGroup></Target>
              <Target Name="CoreCompile" />
              <Target Name="Build" DependsOnTargets="BuildOnlySettings;CoreCompile" />
            </Project>
            """);
        var globals = new Dictionary<string, string>
        {
            ["TrackdownTasksAssembly"] = Path.Combine(AppContext.BaseDirectory, "Trackdown.Build.Tasks.dll"),
            ["TrackdownCheckOnly"] = "false", // not inherited from the CI running these tests
        };
        foreach (var (name, value) in properties)
        {
            if (value is null)
            {
                globals.Remove(name); // leave it to the props' default
            }
            else
            {
                globals[name] = value;
            }
        }

        using var collection = new ProjectCollection(globals);
        var (logger, recording) = BuildRecording.Create();
        var instance = new ProjectInstance(projectPath, globals, null, collection);
        var ok = instance.Build(new[] { "Build" }, new[] { logger });
        return (ok, recording);
    }

    private static string RepositoryRoot() => Trackdown.Tests.RepoPaths.Root;
}
