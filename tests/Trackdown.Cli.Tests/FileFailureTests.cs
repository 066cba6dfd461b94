using System.Diagnostics;
using System.Text;

namespace Trackdown.Cli.Tests;

/// <summary>Files the tool cannot or must not write, ledgers it cannot read, limits it runs into: exit 3, nothing lost.</summary>
[TestClass]
public sealed class FileFailureTests
{
    private const string Task = "tasks/issues/ISSUE-001-work.md";

    private static TempRepo Seeded()
    {
        var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        repo.Expect(0, "create", "issue", "Work");
        return repo;
    }

    [TestMethod]
    public void Update_ReadOnlyTaskFile_ExitsThreeAndLeavesItAsItWas()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("Unix file modes only.");
            return;
        }

        using var repo = Seeded();
        var before = repo.Read(Task);
        var readOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(repo.Path(Task), readOnly);

        var refused = repo.Expect(3, "update", "ISSUE-001", "--status", "done");
        var tokens = repo.Expect(3, "tokens", "add", "ISSUE-001", "--agent", "claude", "--input", "1", "--output", "1");

        StringAssert.Contains(refused.Stderr, "is read-only");
        Assert.IsFalse(refused.Stderr.Contains("   at ", StringComparison.Ordinal), refused.Stderr);
        StringAssert.Contains(tokens.Stderr, "is read-only");
        Assert.AreEqual(before, repo.Read(Task));
        Assert.AreEqual(readOnly, File.GetUnixFileMode(repo.Path(Task)));
    }

    [TestMethod]
    public void Update_PrivateTaskFile_StaysPrivate()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("Unix file modes only.");
            return;
        }

        using var repo = Seeded();
        File.SetUnixFileMode(repo.Path(Task), UnixFileMode.UserRead | UnixFileMode.UserWrite);

        repo.Expect(0, "update", "ISSUE-001", "--status", "done");

        StringAssert.Contains(repo.Read(Task), "status: done");
        Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(repo.Path(Task)));
    }

    [TestMethod]
    [DataRow("report")]
    [DataRow("check")]
    public void Tokens_LedgerIsADirectory_ExitsThreeInsteadOfReadingEmpty(string subcommand)
    {
        using var repo = Seeded();
        Directory.CreateDirectory(repo.Path(".ai-trackdown/logs/tokens.jsonl"));

        var result = repo.Expect(3, "tokens", subcommand);

        StringAssert.Contains(result.Stderr, "is a directory");
    }

    [TestMethod]
    public void ContextAndReport_LedgerWithAHundredMegabyteLine_SkipTheLineAndSucceed()
    {
        using var repo = Seeded();
        Directory.CreateDirectory(repo.Path(".ai-trackdown/logs"));
        using (var ledger = File.Create(repo.Path(".ai-trackdown/logs/tokens.jsonl")))
        {
            var block = Encoding.UTF8.GetBytes(new string('x', 1024 * 1024));
            for (var i = 0; i < 100; i++)
            {
                ledger.Write(block);
            }

            ledger.Write("\n"u8);
        }

        repo.Expect(0, "context", "ISSUE-001", "--include-history");
        var report = repo.Expect(0, "tokens", "report");

        StringAssert.Contains(report.Stderr, "TRK3101");
        StringAssert.Contains(report.Stderr, "longer than");
    }

    [TestMethod]
    public void TokensCount_MegabyteSingleWord_Finishes()
    {
        using var repo = Seeded();
        var random = new Random(7);
        repo.Write("word.txt", new string(Enumerable.Range(0, 1_000_000).Select(_ => (char)('a' + random.Next(26))).ToArray()));

        var count = int.Parse(repo.Expect(0, "tokens", "count", "word.txt").Stdout.Trim(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.IsGreaterThan(100_000, count);
    }

    /// <summary>
    /// A real process under <c>ulimit -f</c>: without the SIGXFSZ handler the kernel killed it mid-write (exit 153) and
    /// left a temp file; now the write fails, the temp file is removed and the CLI says so in one line. The runtime's
    /// W^X double mapping writes a file at start-up, which a 4 KiB limit would stop, so it is turned off here.
    /// </summary>
    [TestMethod]
    public void Update_PastTheFileSizeLimit_ExitsThreeInOneLineAndLeavesNoTempFile()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("ulimit is a Unix shell feature.");
            return;
        }

        using var repo = Seeded();
        repo.Write(Task, repo.Read(Task) + new string('x', 6_000) + "\n");
        var before = repo.Read(Task);

        var result = Bash(repo.Root, $"ulimit -f 4; exec dotnet '{CliRunner.ToolPath}' update ISSUE-001 --title 'A longer title'");

        Assert.AreEqual(3, result.ExitCode, result.ToString());
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(1, lines, result.Stderr);
        StringAssert.Contains(lines[0], "file-size limit");
        Assert.AreEqual(before, repo.Read(Task));
        CollectionAssert.AreEqual(new[] { ".gitkeep", "ISSUE-001-work.md" }, Directory.GetFiles(repo.Path("tasks/issues")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>A full disk, made real: the tasks folder becomes a 64 KiB tmpfs that a filler file fills up.</summary>
    [TestMethod]
    public void Update_OnAFullDisk_ExitsThreeInOneLineAndLeavesTheFile()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("tmpfs is a Linux feature.");
            return;
        }

        using var repo = Seeded();
        var folder = repo.Path("tasks/issues");
        var before = repo.Read(Task);
        if (Bash(repo.Root, $"mount -t tmpfs -o size=64k tmpfs '{folder}'").ExitCode != 0)
        {
            Assert.Inconclusive("Mounting a tmpfs needs root in a namespace that allows it.");
            return;
        }

        try
        {
            File.WriteAllText(repo.Path(Task), before);
            try
            {
                using var filler = new FileStream(Path.Combine(folder, "filler.bin"), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);
                var block = new byte[4096];
                while (true)
                {
                    filler.Write(block);
                }
            }
            catch (IOException)
            {
                // full
            }

            var result = repo.Expect(3, "update", "ISSUE-001", "--title", "A title that needs a few more bytes");

            var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.HasCount(1, lines, result.Stderr);
            StringAssert.Contains(lines[0], "No space left");
            Assert.AreEqual(before, repo.Read(Task));
            CollectionAssert.AreEqual(new[] { "ISSUE-001-work.md", "filler.bin" }, Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        }
        finally
        {
            Bash(repo.Root, $"umount '{folder}'");
        }
    }

    private static ProcessResult Bash(string workingDirectory, string script)
        => ProcessRunner.Run(workingDirectory, "bash", new[] { "-c", script }, new Dictionary<string, string?> { ["NO_COLOR"] = "1", ["CI"] = "true", ["DOTNET_EnableWriteXorExecute"] = "0" }, TimeSpan.FromMinutes(2));
}
