namespace Trackdown.Build.EndToEnd.Tests;

/// <summary>Creates sandboxes for a test and, when the test fails, attaches their binary logs to the test result.</summary>
public abstract class EndToEndTest
{
    private readonly List<Sandbox> sandboxes = new();

    public TestContext TestContext { get; set; } = null!;

    internal Sandbox NewSandbox(params string[] assets)
    {
        var sandbox = new Sandbox(assets);
        sandboxes.Add(sandbox);
        return sandbox;
    }

    [TestCleanup]
    public void KeepLogsOfFailures()
    {
        foreach (var sandbox in sandboxes)
        {
            var binlog = sandbox.Path("build.binlog");
            if (TestContext.CurrentTestOutcome != UnitTestOutcome.Passed && File.Exists(binlog))
            {
                var kept = Path.Combine(TestContext.TestRunResultsDirectory ?? Path.GetTempPath(), $"{TestContext.TestName}-{Guid.NewGuid():N}.binlog");
                Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
                File.Copy(binlog, kept);
                TestContext.AddResultFile(kept);
            }

            sandbox.Dispose();
        }
    }
}
