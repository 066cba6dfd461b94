using System.Text.Json;

namespace Trackdown.Cli.Tests;

/// <summary>Real repositories, real 'git commit' calls running the installed hooks.</summary>
[TestClass]
public sealed class GitTests
{
    private const string Issue = "tasks/issues/ISSUE-001-login-flow.md";

    private static TempRepo Seeded()
    {
        var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        repo.Expect(0, "create", "epic", "Auth");
        repo.Expect(0, "create", "issue", "Login flow", "--epic", "EPIC-001");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "initial tasks");
        return repo;
    }

    private static string Status(TempRepo repo) => JsonDocument.Parse(repo.Expect(0, "show", "ISSUE-001", "--json").Stdout).RootElement.GetProperty("status").GetString()!;

    private static void Commit(TempRepo repo, string message, string file = "code.txt")
    {
        File.AppendAllText(repo.Path(file), message + "\n");
        repo.Git("add", file);
        repo.Git("commit", "-q", "-m", message);
    }

    [TestMethod]
    public void Hooks_RealCommits_MoveTheTaskAlongTheWorkflow()
    {
        using var repo = Seeded();
        StringAssert.Contains(repo.Expect(0, "hooks", "install").Stdout, "post-commit: installed");

        Commit(repo, "start ISSUE-001: login form");
        Assert.AreEqual("in-progress", Status(repo));
        Commit(repo, "fix(ISSUE-001): token expiry");
        Assert.AreEqual("in-review", Status(repo));
        StringAssert.Contains(File.ReadAllText(repo.Path("llms.txt")), "ISSUE-001", "the hook regenerates llms.txt");
    }

    [TestMethod]
    public void ParseCommit_Twice_ChangesNothingTheSecondTime()
    {
        using var repo = Seeded();
        Commit(repo, "Started ISSUE-001\r\n\r\nwith a CRLF message body");

        StringAssert.Contains(repo.Expect(0, "parse-commit").Stdout, "ISSUE-001: todo -> in-progress: moved (keyword 'started')");
        var after = repo.Read(Issue);
        StringAssert.Contains(repo.Expect(0, "parse-commit", "HEAD").Stdout, "already in-progress");
        Assert.AreEqual(after, repo.Read(Issue));
    }

    [TestMethod]
    public void ParseCommit_UnlistedTransition_IsReportedNotForced()
    {
        using var repo = Seeded();
        repo.Expect(0, "update", "ISSUE-001", "--status", "blocked");
        Commit(repo, "closes ISSUE-001");

        StringAssert.Contains(repo.Expect(0, "parse-commit", "--dry-run").Stdout, "refused");
        Assert.AreEqual("blocked", Status(repo));
    }

    [TestMethod]
    public void Update_RequiresCommitTransition_NeedsACommitOrForce()
    {
        using var repo = Seeded();
        repo.Write(".ai-trackdown/config.yaml", "workflows:\n  default:\n    statuses: [todo, in-progress, done]\n    transitions:\n      - from: todo\n        to: [in-progress]\n      - from: in-progress\n        to: [done]\n        requires_commit: true\n");
        repo.Expect(0, "update", "ISSUE-001", "--status", "in-progress");

        StringAssert.Contains(repo.Expect(1, "update", "ISSUE-001", "--status", "done").Stderr, "requires_commit");
        Commit(repo, "done with ISSUE-001");
        repo.Expect(0, "parse-commit");
        Assert.AreEqual("done", Status(repo));
    }

    [TestMethod]
    public void Hooks_ExistingHookAndHooksPath_AreChainedAndRestored()
    {
        using var repo = Seeded();
        repo.Git("config", "core.hooksPath", "githooks");
        var original = "#!/bin/sh\necho original-hook-ran >> \"$(git rev-parse --show-toplevel)/hook.log\"\n";
        repo.Write("githooks/post-commit", original);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(repo.Path("githooks/post-commit"), (UnixFileMode)0b111_101_101);
        }

        repo.Expect(0, "hooks", "install");
        Commit(repo, "start ISSUE-001");

        StringAssert.Contains(repo.Read("hook.log"), "original-hook-ran");
        Assert.AreEqual("in-progress", Status(repo));
        StringAssert.Contains(repo.Expect(0, "hooks", "status").Stdout, "runs the previous hook first");
        repo.Expect(0, "hooks", "uninstall");
        Assert.AreEqual(original, repo.Read("githooks/post-commit"));
        Assert.IsFalse(File.Exists(repo.Path("githooks/pre-push")));
    }

    [TestMethod]
    public void Hooks_FromAWorktree_GoToTheSharedHooks()
    {
        using var repo = Seeded();
        var worktree = repo.Path("../" + Path.GetFileName(repo.Root) + "-wt");
        repo.Git("worktree", "add", "-q", worktree);
        try
        {
            var result = CliRunner.Run(worktree, "hooks", "install");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            Assert.IsTrue(File.Exists(repo.Path(".git/hooks/post-commit")), result.Stdout);
        }
        finally
        {
            Directory.Delete(worktree, recursive: true);
        }
    }

    [TestMethod]
    public void Log_ListsReferencingCommitsNewestFirst()
    {
        using var repo = Seeded();
        Commit(repo, "start ISSUE-001: form");
        Commit(repo, "unrelated ISSUE-0012 work");
        Commit(repo, "fix(ISSUE-001): expiry");

        using var json = JsonDocument.Parse(repo.Expect(0, "log", "ISSUE-001", "--json").Stdout);

        CollectionAssert.AreEqual(new[] { "fix(ISSUE-001): expiry", "start ISSUE-001: form" }, json.RootElement.EnumerateArray().Select(c => c.GetProperty("subject").GetString()).ToArray());
        StringAssert.Contains(repo.Expect(0, "context", "ISSUE-001", "--include-history").Stdout, "Test User: fix(ISSUE-001): expiry");
        Assert.AreEqual(40, json.RootElement[0].GetProperty("sha").GetString()!.Length);
    }

    [TestMethod]
    public void Branch_CreatesFromPatternAndRefusesExisting()
    {
        using var repo = Seeded();

        StringAssert.Contains(repo.Expect(0, "branch", "ISSUE-001").Stdout, "issue/ISSUE-001-login-flow");
        Assert.AreEqual("issue/ISSUE-001-login-flow", repo.Git("rev-parse", "--abbrev-ref", "HEAD").Trim());
        repo.Git("checkout", "-q", "-");
        repo.Expect(1, "branch", "ISSUE-001");
    }

    [TestMethod]
    public void CreateAndUpdate_StageAndCommit()
    {
        using var repo = Seeded();

        repo.Expect(0, "create", "task", "Staged task", "--parent", "ISSUE-001");
        StringAssert.Contains(repo.Git("status", "--porcelain"), "A  tasks/tasks/TASK-001-staged-task.md");
        repo.Expect(0, "update", "ISSUE-001", "--status", "in-progress", "--commit");

        Assert.AreEqual("update(ISSUE-001): status changed to in-progress", repo.Git("log", "-1", "--format=%s").Trim());
    }

    [TestMethod]
    public void GitFeatures_OutsideARepositoryOrWithoutCommits_FailClearly()
    {
        using var plain = new TempRepo();
        Directory.CreateDirectory(plain.Path(".ai-trackdown"));
        StringAssert.Contains(plain.Expect(2, "hooks", "status").Stderr, "not inside a git repository");

        using var empty = new TempRepo(git: true);
        empty.Expect(0, "init");
        StringAssert.Contains(empty.Expect(0, "parse-commit").Stdout, "No commits yet");
        Assert.AreEqual(string.Empty, empty.Expect(0, "log", "ISSUE-001").Stdout);
    }

    [TestMethod]
    public void DetachedHeadMergesAndShallowClones_Work()
    {
        using var repo = Seeded();
        repo.Git("checkout", "-q", "-b", "feature");
        Commit(repo, "start ISSUE-001 on a branch", "feature.txt");
        repo.Git("checkout", "-q", "-");
        Commit(repo, "main work", "main.txt");
        repo.Git("merge", "-q", "--no-ff", "feature", "-m", "Merge feature for ISSUE-001");
        repo.Git("checkout", "-q", "--detach");
        Commit(repo, "fix(ISSUE-001): detached fix");

        StringAssert.Contains(repo.Expect(0, "parse-commit").Stdout, "in-review");
        using var log = JsonDocument.Parse(repo.Expect(0, "log", "ISSUE-001", "--json").Stdout);
        Assert.AreEqual(3, log.RootElement.GetArrayLength());

        var shallow = repo.Path("../" + Path.GetFileName(repo.Root) + "-shallow");
        repo.Git("clone", "-q", "--depth", "1", "file://" + repo.Root, shallow);
        try
        {
            var result = CliRunner.Run(shallow, "log", "ISSUE-001", "--json");
            Assert.AreEqual(0, result.ExitCode, result.ToString());
        }
        finally
        {
            Directory.Delete(shallow, recursive: true);
        }
    }

    [TestMethod]
    public void BareRepository_ParseCommitFailsClearly()
    {
        using var bare = new TempRepo();
        bare.Git("init", "-q", "--bare");

        StringAssert.Contains(bare.Expect(2, "parse-commit").Stderr, "bare repository");
    }
}
