namespace Trackdown.Build.EndToEnd.Tests;

[TestClass]
public sealed class PackageBuildTests : EndToEndTest
{
    private static readonly string[] Generated = { "llms.txt", "docs/llms-full.txt", "TASKTRACK.md" };

    [TestMethod]
    public void Build_ValidRepository_SucceedsAndWritesGeneratedFiles()
    {
        var box = NewSandbox("Console");

        var result = box.Build("Console");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(Sandbox.Diagnostics(result), result.ToString());
        foreach (var file in Generated)
        {
            Assert.IsTrue(File.Exists(box.Path(file)), file);
        }

        StringAssert.StartsWith(File.ReadAllText(box.Path("llms.txt")), "# QuickStart\n\n> ");
        StringAssert.Contains(File.ReadAllText(box.Path("TASKTRACK.md")), "| [EPIC-001 User authentication](tasks/epics/EPIC-001-user-authentication.md) | in-progress |");
    }

    [TestMethod]
    public void Build_TypedIds_CompileAndRunThenBreakWhenTheTaskGoes()
    {
        var box = NewSandbox("Console");
        var built = box.Build("Console");
        Assert.AreEqual(0, built.ExitCode, built.ToString());
        var run = box.Dotnet("Console/bin/Debug/net10.0/App.dll");
        StringAssert.Contains(run.Output, "ISSUE-001: Login flow");

        File.Delete(box.Path("tasks/tasks/TASK-002-validate-credentials-on-the-server.md"));
        var deleted = box.Build("Console");
        Assert.AreEqual(1, deleted.ExitCode, deleted.ToString());
        StringAssert.Contains(deleted.Output, "error CS0117: 'TaskIds' does not contain a definition for 'Task002'");

        // The compiler skips analyzers while there are compile errors, so the stale string reference is a build of its own.
        var program = box.Path("Console/Program.cs");
        File.WriteAllText(program, File.ReadAllText(program).Replace("[TaskRef(TaskIds.Task002)]", "[TaskRef(\"TASK-002\")] // TODO(TASK-404): nothing"));
        var stale = box.Build("Console");

        Assert.AreEqual(1, stale.ExitCode, stale.ToString());
        var found = Sandbox.Diagnostics(stale).Select(d => (System.IO.Path.GetFileName(d.File), d.Line, d.Column, d.Code)).ToList();
        CollectionAssert.AreEquivalent(new[] { ("Program.cs", 6, 10, "TRK4101"), ("Program.cs", 6, 31, "TRK4103") }, found, stale.ToString());
    }

    [TestMethod]
    public void Build_BadFiles_ReportsEveryProblemAtItsPosition()
    {
        var box = NewSandbox("Console");
        var issue = box.Path("tasks/issues/ISSUE-002-password-reset.md");
        File.WriteAllText(issue, File.ReadAllText(issue).Replace("status: todo", "status: doing").Replace("estimate: 3", "estimate: lots"));
        File.WriteAllText(box.Path("tasks/tasks/TASK-007-broken.md"), "---\nid: TASK-007\ntitle: [broken\n---\n");
        File.WriteAllText(box.Path("tasks/tasks/TASK-008-orphan.md"), "---\nid: TASK-008\ntype: task\ntitle: Orphan\nstatus: todo\nparent: ISSUE-404\n---\n");
        var before = File.ReadAllText(issue);

        var result = box.Build("Console");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        var found = Sandbox.Diagnostics(result).Select(d => (System.IO.Path.GetFileName(d.File), d.Line, d.Column, d.Severity, d.Code)).ToList();
        CollectionAssert.AreEquivalent(
            new[]
            {
                ("ISSUE-002-password-reset.md", 5, 9, "error", "TRK1020"),
                ("ISSUE-002-password-reset.md", 10, 11, "error", "TRK1002"),
                ("TASK-007-broken.md", 4, 1, "error", "TRK1003"),
                ("TASK-008-orphan.md", 6, 9, "error", "TRK2103"),
            },
            found,
            string.Join("\n", found));
        Assert.AreEqual(before, File.ReadAllText(issue));
        Assert.IsFalse(File.Exists(box.Path("llms.txt")), "nothing is generated from invalid files");
    }

    [TestMethod]
    public void Build_OverBudget_FailsUnlessConfiguredAsWarning()
    {
        var box = NewSandbox("Console");
        AddUsage(box, "tasks/epics/EPIC-002-reporting-dashboard.md", 31_000);

        var failed = box.Build("Console");
        var warned = box.Build("Console", "-p:TrackdownTokenBudgetIsError=false");

        Assert.AreEqual(1, failed.ExitCode, failed.ToString());
        var error = Sandbox.Diagnostics(failed).Single();
        Assert.AreEqual(("error", "TRK3002"), (error.Severity, error.Code));
        StringAssert.EndsWith(error.File, "EPIC-002-reporting-dashboard.md");
        Assert.AreEqual(0, warned.ExitCode, warned.ToString());
        Assert.AreEqual(("warning", "TRK3002"), (Sandbox.Diagnostics(warned).Single().Severity, Sandbox.Diagnostics(warned).Single().Code));
    }

    [TestMethod]
    public void Build_NearBudget_WarnsAndHonoursNoWarnAndWarningsAsErrors()
    {
        var box = NewSandbox("Console");
        AddUsage(box, "tasks/epics/EPIC-002-reporting-dashboard.md", 27_000);

        var warned = box.Build("Console");
        var silenced = box.Build("Console", "-p:NoWarn=TRK3001", "--no-incremental");
        var promoted = box.Build("Console", "-p:WarningsAsErrors=TRK3001", "--no-incremental");

        Assert.AreEqual(0, warned.ExitCode, warned.ToString());
        var warning = Sandbox.Diagnostics(warned).Single();
        Assert.AreEqual(("warning", "TRK3001", 8, 15), (warning.Severity, warning.Code, warning.Line, warning.Column));
        Assert.AreEqual(0, silenced.ExitCode, silenced.ToString());
        Assert.IsEmpty(Sandbox.Diagnostics(silenced), silenced.ToString());
        Assert.AreEqual(1, promoted.ExitCode, promoted.ToString());
        Assert.AreEqual("TRK3001", Sandbox.Diagnostics(promoted).Single().Code);
    }

    [TestMethod]
    public void Build_Twice_RewritesNothingAndSkipsTheTarget()
    {
        var box = NewSandbox("Console");
        Assert.AreEqual(0, box.Build("Console").ExitCode);
        var times = Generated.ToDictionary(f => f, f => File.GetLastWriteTimeUtc(box.Path(f)));
        Thread.Sleep(1100);

        var second = box.Build("Console", "-v:d");

        Assert.AreEqual(0, second.ExitCode, second.ToString());
        StringAssert.Contains(second.Output, "Skipping target \"TrackdownValidate\" because all output files are up-to-date");
        foreach (var (file, time) in times)
        {
            Assert.AreEqual(time, File.GetLastWriteTimeUtc(box.Path(file)), file);
        }

        var touched = box.Path("tasks/tasks/TASK-001-create-login-form.md");
        File.SetLastWriteTimeUtc(touched, DateTime.UtcNow);
        var third = box.Build("Console");
        Assert.AreEqual(0, third.ExitCode, third.ToString());
        foreach (var (file, time) in times)
        {
            Assert.AreEqual(time, File.GetLastWriteTimeUtc(box.Path(file)), $"{file} has the same content, so it is not rewritten");
        }
    }

    [TestMethod]
    public void Build_DesignTime_WritesNothing()
    {
        var box = NewSandbox("Console");
        Assert.AreEqual(0, box.Dotnet("restore", "Console", $"-p:TrackdownVersion={Packages.Version}").ExitCode);

        var result = box.Build("Console", "-p:DesignTimeBuild=true", "--no-restore");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsFalse(Generated.Any(f => File.Exists(box.Path(f))), "design-time builds write no repository files");
    }

    [TestMethod]
    public void Build_CheckOnlyWithStaleFile_FailsWithTrk2001AndWritesNothing()
    {
        var box = NewSandbox("Console");
        Assert.AreEqual(0, box.Build("Console").ExitCode);
        var task = box.Path("tasks/tasks/TASK-003-remember-me-cookie.md");
        File.WriteAllText(task, File.ReadAllText(task).Replace("title: Remember-me cookie", "title: Remember-me cookie, renamed"));
        var llms = File.ReadAllText(box.Path("llms.txt"));

        var result = box.Build("Console", "-p:TrackdownCheckOnly=true");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        var stale = Sandbox.Diagnostics(result).Where(d => d.Code == "TRK2001").ToList();
        CollectionAssert.AreEquivalent(new[] { "TASKTRACK.md", "llms-full.txt" }, stale.Select(d => System.IO.Path.GetFileName(d.File)).ToArray(), result.ToString());
        StringAssert.Contains(stale[0].Message, "dotnet trackdown generate");
        Assert.AreEqual(llms, File.ReadAllText(box.Path("llms.txt")));
    }

    [TestMethod]
    public void Build_CheckOnlyAfterAGeneratedFileWasEdited_FailsOnEveryBuild()
    {
        var box = NewSandbox("Console");
        Assert.AreEqual(0, box.Build("Console").ExitCode);
        Assert.AreEqual(0, box.Build("Console", "-p:TrackdownCheckOnly=true").ExitCode, "an untouched repository passes check mode");
        Thread.Sleep(1100);

        // Edited after the last build: newer than the stamp.
        File.AppendAllText(box.Path("llms.txt"), "- [hand-written](nowhere.md)\n");
        var first = box.Build("Console", "-p:TrackdownCheckOnly=true");
        var second = box.Build("Console", "-p:TrackdownCheckOnly=true");

        foreach (var result in new[] { first, second })
        {
            Assert.AreEqual(1, result.ExitCode, result.ToString());
            Assert.AreEqual("llms.txt", Sandbox.Diagnostics(result).Single(d => d.Code == "TRK2001").File.Replace('\\', '/').Split('/').Last(), result.ToString());
        }

        // Regenerate, then tamper with two files and set their times back before the stamp: no input is newer.
        Assert.AreEqual(0, box.Build("Console").ExitCode);
        var restored = File.ReadAllText(box.Path("llms.txt"));
        StringAssert.DoesNotMatch(restored, new System.Text.RegularExpressions.Regex("hand-written"), "a normal build regenerates a hand-edited file");
        foreach (var file in new[] { "TASKTRACK.md", "docs/llms-full.txt" })
        {
            var path = box.Path(file);
            var time = File.GetLastWriteTimeUtc(path);
            File.WriteAllText(path, File.ReadAllText(path).Replace("User authentication", "User authorisation"));
            File.SetLastWriteTimeUtc(path, time);
        }

        var tampered = box.Build("Console", "-p:TrackdownCheckOnly=true", "-v:d");

        Assert.AreEqual(1, tampered.ExitCode, tampered.ToString());
        StringAssert.Contains(tampered.Output, "Skipping target \"TrackdownValidate\" because all output files are up-to-date");
        // Detailed verbosity indents diagnostics, so look for the messages rather than parsing lines.
        StringAssert.Contains(tampered.Output, "error TRK2001: 'TASKTRACK.md' is out of date");
        StringAssert.Contains(tampered.Output, "error TRK2001: 'docs/llms-full.txt' is out of date");
        Assert.IsFalse(tampered.Output.Contains("error TRK2001: 'llms.txt'", StringComparison.Ordinal), "llms.txt was not touched");
    }

    [TestMethod]
    public void Build_MultiTargeted_DoesRepositoryWorkOnce()
    {
        var box = NewSandbox("MultiTarget");

        var result = box.Build("MultiTarget", "-v:d");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual(1, CountOccurrences(result.Output, "Done building target \"TrackdownValidate\""), "validated once, by the outer build");
        Assert.AreEqual(1, CountOccurrences(result.Output, "Done building target \"TrackdownGenerateIndex\""), "generated once, by the outer build");
        Assert.IsTrue(File.Exists(box.Path("TASKTRACK.md")));
    }

    [TestMethod]
    public void Build_SolutionOfTwoProjectsInParallel_Succeeds()
    {
        var box = NewSandbox("Console", "MultiTarget");
        Assert.AreEqual(0, box.Dotnet("new", "sln", "-n", "Both", "--format", "sln").ExitCode);
        Assert.AreEqual(0, box.Dotnet("sln", "Both.sln", "add", "Console/App.csproj", "MultiTarget/Lib.csproj").ExitCode);

        var result = box.Build("Both.sln", "-m");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(Sandbox.Diagnostics(result), result.ToString());
        StringAssert.StartsWith(File.ReadAllText(box.Path("llms.txt")), "# QuickStart");
    }

    [TestMethod]
    public void Build_TasksOnlySdkProject_ValidatesWithoutCSharp()
    {
        var box = NewSandbox("TasksOnly");
        File.WriteAllText(box.Path("global.json"), $$"""{ "msbuild-sdks": { "Trackdown.Build": "{{Packages.Version}}" } }""");

        var valid = box.Build("TasksOnly/tasks.proj");
        File.WriteAllText(box.Path("tasks/issues/ISSUE-009-bad.md"), "---\nid: ISSUE-009\ntype: issue\ntitle: Bad\nstatus: todo\npriority: urgent\n---\n");
        var invalid = box.Build("TasksOnly/tasks.proj");

        Assert.AreEqual(0, valid.ExitCode, valid.ToString());
        Assert.IsTrue(File.Exists(box.Path("llms.txt")));
        Assert.AreEqual(1, invalid.ExitCode, invalid.ToString());
        var error = Sandbox.Diagnostics(invalid).Single();
        Assert.AreEqual(("TRK1002", 6, 11), (error.Code, error.Line, error.Column));
    }

    [TestMethod]
    public void Tool_ThroughDotnetToolExec_ValidatesTheRepository()
    {
        var box = NewSandbox();

        var result = box.Dotnet("tool", "exec", "--yes", "--source", Packages.Feed, $"dotnet-trackdown@{Packages.Version}", "--", "validate");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "Validated 12 file(s): 0 error(s), 0 warning(s).");
    }

    private static void AddUsage(Sandbox box, string relative, long tokens)
    {
        var path = box.Path(relative);
        File.WriteAllText(path, File.ReadAllText(path).Replace("---\n# ", $"token_usage:\n  total: {tokens}\n---\n# "));
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
