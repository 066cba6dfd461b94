using Trackdown.Core.Model;
using Trackdown.Core.Service;

namespace Trackdown.Tests;

[TestClass]
public sealed class TrackerServiceTests
{
    private static T Run<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static TrackdownRefusal Refused(ServiceFixture f, Func<Task> action)
    {
        var before = f.Snapshot();
        var refusal = Assert.ThrowsExactly<TrackdownRefusal>(() => action().GetAwaiter().GetResult());
        CollectionAssert.AreEquivalent(before.ToList(), f.Snapshot().ToList(), "a refusal must write nothing");
        Assert.AreEqual(0, f.Recorder.Events.Count, "a refusal raises no event");
        return refusal;
    }

    [TestMethod]
    public void Create_WritesTheFile_RaisesOneEvent_AndAppendsTheAuditTrail()
    {
        using var f = new ServiceFixture();
        var result = Run(f.Service.CreateAsync(new CreateRequest(TaskType.Task, "Login form") { Parent = "ISSUE-001", Labels = new[] { "ui" } }, ServiceFixture.Alice));

        Assert.AreEqual("TASK-002", result.Id);
        var item = f.Service.Get("TASK-002");
        Assert.AreEqual("EPIC-001", item.Epic, "a task inherits its issue's epic");
        Assert.AreEqual("2026-12-01T12:00:00Z", item.Document.Frontmatter!["created"]!.ToString());
        var change = f.Recorder.Events.Single();
        Assert.AreEqual(ChangeActions.Create, change.Action);
        Assert.AreEqual("alice", change.Actor.Name);
        Assert.IsTrue(change.Changes.Any(c => c.Field == "title" && c.Old is null && c.New == "Login form"));
        Assert.AreEqual("TASK-002", f.Audit().Single().Id);
    }

    [TestMethod]
    public void Create_WithAnEpicOtherThanTheParentsEpic_IsRefused()
    {
        using var f = new ServiceFixture();
        var refusal = Refused(f, () => f.Service.CreateAsync(new CreateRequest(TaskType.Task, "x") { Parent = "ISSUE-001", Epic = "EPIC-002" }, ServiceFixture.Alice));
        Assert.AreEqual("TRK2108", refusal.Code);
        StringAssert.Contains(refusal.Message, "'EPIC-001'");
    }

    [TestMethod]
    public void Create_BadRequests_AreRefusedWithTheirCodes()
    {
        using var f = new ServiceFixture();
        Assert.AreEqual("TRK2208", Refused(f, () => f.Service.CreateAsync(new CreateRequest(TaskType.Issue, "  "), ServiceFixture.Alice)).Code);
        Assert.AreEqual("TRK1020", Refused(f, () => f.Service.CreateAsync(new CreateRequest(TaskType.Issue, "x") { Status = "doing" }, ServiceFixture.Alice)).Code);
        Assert.AreEqual("TRK2103", Refused(f, () => f.Service.CreateAsync(new CreateRequest(TaskType.Task, "x") { Parent = "ISSUE-404" }, ServiceFixture.Alice)).Code);
        Assert.AreEqual("TRK2104", Refused(f, () => f.Service.CreateAsync(new CreateRequest(TaskType.Issue, "x") { Epic = "ISSUE-001" }, ServiceFixture.Alice)).Code);
    }

    [TestMethod]
    public void Update_ChangesOnlyTheFields_AndTheEventCarriesOldAndNewValues()
    {
        using var f = new ServiceFixture();
        var before = File.ReadAllText(f.IssuePath);
        var result = Run(f.Service.UpdateAsync("ISSUE-001", new ItemChanges { Status = "in-progress", Priority = "high", DependsOn = new[] { "EPIC-002" }, TokenBudget = 500 }, ServiceFixture.Bob));

        var change = result.Event!;
        CollectionAssert.AreEquivalent(new[] { "status", "priority", "depends_on", "token_budget" }, change.Changes.Select(c => c.Field).ToList());
        Assert.AreEqual("todo", change.Changes.Single(c => c.Field == "status").Old);
        Assert.AreEqual("[EPIC-002]", change.Changes.Single(c => c.Field == "depends_on").New);
        var after = File.ReadAllText(f.IssuePath);
        StringAssert.Contains(after, "updated: 2026-12-01T12:00:00Z");
        Assert.AreEqual(before.Substring(before.IndexOf("---\nBody", StringComparison.Ordinal)), after.Substring(after.IndexOf("---\nBody", StringComparison.Ordinal)), "the body stays byte for byte");
        Assert.AreEqual(1, f.Recorder.Events.Count);
        Assert.AreEqual(0, Run(f.Service.UpdateAsync("ISSUE-001", new ItemChanges { Priority = "high" }, ServiceFixture.Bob)).Events.Count, "nothing to change raises nothing");
        Assert.AreEqual(1, f.Audit().Count);
    }

    [TestMethod]
    public void Update_Title_RewritesAMatchingHeading()
    {
        using var f = new ServiceFixture();
        f.Repo.Write("tasks/issues/ISSUE-001-item.md", "---\nid: ISSUE-001\ntype: issue\ntitle: Old name\nstatus: todo\n---\n# Old name\n\nText mentions Old name.\n");
        Run(f.Service.UpdateAsync("ISSUE-001", new ItemChanges { Title = "New name" }, ServiceFixture.Alice));
        var text = File.ReadAllText(f.IssuePath);
        StringAssert.Contains(text, "title: New name");
        StringAssert.Contains(text, "---\n# New name\n\nText mentions Old name.\n");
    }

    [TestMethod]
    public void Update_ThatBreaksTheGraph_IsRefusedBeforeAnythingIsWritten()
    {
        using var f = new ServiceFixture();
        Assert.AreEqual("TRK2103", Refused(f, () => f.Service.UpdateAsync("ISSUE-001", new ItemChanges { Epic = "EPIC-404" }, ServiceFixture.Alice)).Code);
        Assert.AreEqual("TRK2104", Refused(f, () => f.Service.UpdateAsync("TASK-001", new ItemChanges { Parent = "EPIC-001" }, ServiceFixture.Alice)).Code);
        Assert.AreEqual("TRK2108", Refused(f, () => f.Service.UpdateAsync("TASK-001", new ItemChanges { Epic = "EPIC-002" }, ServiceFixture.Alice)).Code);
        Run(f.Service.UpdateAsync("EPIC-002", new ItemChanges { DependsOn = new[] { "ISSUE-001" } }, ServiceFixture.Alice));
        f.Recorder.Events.Clear();
        Assert.AreEqual("TRK2105", Refused(f, () => f.Service.UpdateAsync("ISSUE-001", new ItemChanges { DependsOn = new[] { "EPIC-002" }, Priority = "low" }, ServiceFixture.Alice)).Code);
        Assert.AreEqual("TRK1002", Refused(f, () => f.Service.UpdateAsync("ISSUE-001", new ItemChanges { Priority = "urgent" }, ServiceFixture.Alice)).Code);
    }

    [TestMethod]
    public void Update_OfAFileWithAnExistingUnrelatedError_IsNotBlockedByIt()
    {
        using var f = new ServiceFixture();
        f.Repo.Task("ISSUE-002", "issue", "epic: EPIC-404\n");
        Run(f.Service.UpdateAsync("ISSUE-002", new ItemChanges { Priority = "low" }, ServiceFixture.Alice));
        Assert.AreEqual("low", f.Service.Get("ISSUE-002").Priority);
    }

    [TestMethod]
    public void Transitions_AreEnforced_AndForcingIsRecorded()
    {
        using var f = new ServiceFixture();
        Run(f.Service.UpdateAsync("ISSUE-001", new ItemChanges { Status = "blocked" }, ServiceFixture.Alice));
        f.Recorder.Events.Clear();
        var refusal = Refused(f, () => f.Service.UpdateAsync("ISSUE-001", new ItemChanges { Status = "done" }, ServiceFixture.Alice));
        Assert.AreEqual("TRK2202", refusal.Code);
        Assert.AreEqual(RefusalOverride.Force, refusal.CanOverride);
        Assert.IsFalse(refusal.Message.Contains("--"), "a refusal names no front end's flag");

        var forced = Run(f.Service.UpdateAsync("ISSUE-001", new ItemChanges { Status = "done", Force = true }, ServiceFixture.Alice)).Event!;
        Assert.IsTrue(forced.Forced);
        Assert.IsTrue(f.Audit().Last().Forced, "the audit trail records the override");
    }

    [TestMethod]
    public void Operations_OnAFileThatDoesNotParse_AreRefusedWithItsLocatedErrors()
    {
        using var f = new ServiceFixture();
        var broken = f.Repo.Write("tasks/issues/ISSUE-001-item.md", "---\nid: ISSUE-001\ntype: issue\ntitle: [unclosed\nstatus: todo\n---\n");
        var refusal = Refused(f, () => f.Service.UpdateAsync("ISSUE-001", new ItemChanges { Priority = "low" }, ServiceFixture.Alice));
        Assert.AreEqual("TRK2207", refusal.Code);
        Assert.IsTrue(refusal.Diagnostics.Any(d => d.FilePath == broken && d.Line > 0));
        Assert.AreEqual("TRK2207", Refused(f, () => f.Service.CloseAsync("ISSUE-001", null, false, ServiceFixture.Alice)).Code);
        Assert.AreEqual("TRK2207", Refused(f, () => f.Service.AddTokensAsync("ISSUE-001", new TokenUse("claude", 1, 1), ServiceFixture.Alice)).Code);
        Assert.AreEqual("TRK2201", Refused(f, () => f.Service.UpdateAsync("ISSUE-404", new ItemChanges { Priority = "low" }, ServiceFixture.Alice)).Code);
    }

    [TestMethod]
    public void CloseAndReopen_GoThroughTheWorkflow()
    {
        using var f = new ServiceFixture();
        var closed = Run(f.Service.CloseAsync("ISSUE-001", "done in #12", false, ServiceFixture.Alice)).Event!;
        Assert.AreEqual("done", f.Service.Get("ISSUE-001").Status);
        Assert.AreEqual("done in #12", closed.Note);
        Assert.IsFalse(Run(f.Service.CloseAsync("ISSUE-001", null, false, ServiceFixture.Alice)).Changed, "closing a closed item changes nothing");
        Run(f.Service.ReopenAsync("ISSUE-001", null, false, ServiceFixture.Alice));
        Assert.AreEqual("in-progress", f.Service.Get("ISSUE-001").Status, "the first open status the workflow allows from done");
    }

    [TestMethod]
    public void Comments_AreFilesOfTheirOwn_AndNeverTouchTheItem()
    {
        using var f = new ServiceFixture();
        var before = File.ReadAllText(f.IssuePath);
        Run(f.Service.CommentAsync("ISSUE-001", "Blocked on the OAuth app\n\nSecond paragraph.", ServiceFixture.Alice));
        Run(f.Service.CommentAsync("ISSUE-001", "Unblocked", new ChangeOrigin(Actor.Agent("claude"), ChangeSources.Mcp)));
        Assert.AreEqual(before, File.ReadAllText(f.IssuePath));
        var comments = f.Service.Comments("ISSUE-001").Comments;
        Assert.AreEqual(2, comments.Count);
        var alice = comments.Single(c => c.Author == "alice");
        Assert.AreEqual("Blocked on the OAuth app\n\nSecond paragraph.", alice.Body);
        Assert.IsFalse(alice.ByAgent);
        Assert.IsTrue(comments.Single(c => c.Author == "claude").ByAgent);
        Assert.AreNotEqual(comments[0].FilePath, comments[1].FilePath);
        f.Recorder.Events.Clear();
        Assert.AreEqual("TRK2208", Refused(f, () => f.Service.CommentAsync("ISSUE-001", " \n", ServiceFixture.Alice)).Code);
    }

    [TestMethod]
    public void Claim_IsRefusedWhenSomeoneElseHoldsIt_AndIdempotentForTheHolder()
    {
        using var f = new ServiceFixture(git: true);
        Run(f.Service.ClaimAsync("TASK-001", new ChangeOrigin(Actor.Agent("claude"), ChangeSources.Cli)));
        var item = f.Service.Get("TASK-001");
        Assert.AreEqual("@claude", item.Assignee);
        Assert.AreEqual("in-progress", item.Status);
        Assert.IsFalse(Run(f.Service.ClaimAsync("TASK-001", new ChangeOrigin(Actor.Agent("claude"), ChangeSources.Cli))).Changed);
        f.Recorder.Events.Clear();
        var refusal = Refused(f, () => f.Service.ClaimAsync("TASK-001", ServiceFixture.Bob));
        Assert.AreEqual("TRK2205", refusal.Code);
        StringAssert.Contains(refusal.Message, "@claude");
    }

    [TestMethod]
    public void Claim_InOneWorktree_IsSeenByAnother()
    {
        using var f = new ServiceFixture(git: true);
        f.Repo.Git("add", ".");
        f.Repo.Git("commit", "-qm", "tasks");
        var other = Path.Combine(Path.GetTempPath(), "trackdown-wt-" + Guid.NewGuid().ToString("N"));
        f.Repo.Git("worktree", "add", "-q", other);
        try
        {
            Run(f.Service.ClaimAsync("TASK-001", ServiceFixture.Alice));
            var second = new TrackerService(Core.Repository.TrackdownWorkspace.Open(other));
            Assert.AreEqual("todo", second.Get("TASK-001").Status, "the other worktree has its own checkout");
            var refusal = Assert.ThrowsExactly<TrackdownRefusal>(() => second.ClaimAsync("TASK-001", ServiceFixture.Bob).GetAwaiter().GetResult());
            Assert.AreEqual("TRK2205", refusal.Code);
            StringAssert.Contains(refusal.Message, "@alice");
        }
        finally
        {
            f.Repo.Git("worktree", "remove", "--force", other);
        }
    }

    [TestMethod]
    public void Delete_IsRefusedWhileReferenced_AndForceRemovesTheReferences()
    {
        using var f = new ServiceFixture();
        Run(f.Service.CommentAsync("ISSUE-001", "note", ServiceFixture.Alice));
        f.Recorder.Events.Clear();
        var refusal = Refused(f, () => f.Service.DeleteAsync("ISSUE-001", false, ServiceFixture.Alice));
        Assert.AreEqual("TRK2206", refusal.Code);
        StringAssert.Contains(refusal.Message, "'TASK-001'");

        var result = Run(f.Service.DeleteAsync("ISSUE-001", true, ServiceFixture.Alice));
        Assert.IsFalse(File.Exists(f.IssuePath));
        Assert.IsNull(f.Service.Get("TASK-001").Parent);
        CollectionAssert.AreEquivalent(new[] { "TASK-001", "ISSUE-001" }, result.Events.Select(e => e.Id).ToList());
        Assert.AreEqual(0, f.Service.Comments("ISSUE-001").Comments.Count);
    }

    [TestMethod]
    public void ReplaceText_NeverReplacesAGoodFileWithABrokenOne()
    {
        using var f = new ServiceFixture();
        var before = File.ReadAllText(f.IssuePath);
        Assert.AreEqual("TRK2207", Refused(f, () => f.Service.ReplaceTextAsync("ISSUE-001", before.Replace("status: todo", "status: [todo"), ServiceFixture.Alice)).Code);
        Assert.AreEqual("TRK2103", Refused(f, () => f.Service.ReplaceTextAsync("ISSUE-001", before.Replace("epic: EPIC-001", "epic: EPIC-009"), ServiceFixture.Alice)).Code);
        var retyped = Refused(f, () => f.Service.ReplaceTextAsync("ISSUE-001", before.Replace("type: issue", "type: epic"), ServiceFixture.Alice));
        Assert.IsTrue(retyped.Diagnostics.Any(d => d.Id == "TRK2104" && d.FilePath.EndsWith("TASK-001-item.md", StringComparison.Ordinal)), "TASK-001's parent would become an epic");

        var edited = Run(f.Service.ReplaceTextAsync("ISSUE-001", before.Replace("Body of ISSUE-001", "New body"), ServiceFixture.Alice)).Event!;
        Assert.AreEqual("body", edited.Changes.Single().Field);
        StringAssert.Contains(File.ReadAllText(f.IssuePath), "New body");
    }

    [TestMethod]
    public void AddTokens_LedgerAndFrontmatterChangeTogether_OrNotAtAll()
    {
        using var f = new ServiceFixture();
        Run(f.Service.AddTokensAsync("ISSUE-001", new TokenUse("claude", 1000, 200), ServiceFixture.Alice));
        Assert.AreEqual(1200, f.Service.Get("ISSUE-001").TokenUsageTotal);
        Assert.AreEqual(1, Core.Tokens.TokenLedger.Read(Core.Tokens.TokenLedger.PathFor(f.Repo.Root)).Entries.Count);

        // The audit trail cannot be appended (its path is a folder): the ledger line and the task edit are undone.
        var taskBefore = File.ReadAllText(f.IssuePath);
        var ledgerBefore = File.ReadAllText(Core.Tokens.TokenLedger.PathFor(f.Repo.Root));
        var audit = AuditTrail.PathFor(f.Repo.Root);
        File.Move(audit, audit + ".kept");
        Directory.CreateDirectory(audit);
        Assert.ThrowsExactly<UnauthorizedAccessException>(() => f.Service.AddTokensAsync("ISSUE-001", new TokenUse("claude", 5, 5), ServiceFixture.Alice).GetAwaiter().GetResult());
        Assert.AreEqual(taskBefore, File.ReadAllText(f.IssuePath));
        Assert.AreEqual(ledgerBefore, File.ReadAllText(Core.Tokens.TokenLedger.PathFor(f.Repo.Root)));
    }

    [TestMethod]
    public void Commits_PassThroughIntermediateStatuses_AndRefusedMovesAreReported()
    {
        using var f = new ServiceFixture();
        var origin = new ChangeOrigin(Actor.Person("alice"), ChangeSources.Commit);
        var outcome = Run(f.Service.ApplyCommitAsync(new[] { new CommitRequest("ISSUE-001", "in-review", "automation rule") }, "abc1234", origin, dryRun: false)).Single();
        Assert.AreEqual(CommitResult.Moved, outcome.Result);
        Assert.AreEqual("in-review", f.Service.Get("ISSUE-001").Status);
        StringAssert.Contains(outcome.Change!.Event!.Note, "through in-progress");
        Assert.AreEqual(CommitResult.AlreadyThere, Run(f.Service.ApplyCommitAsync(new[] { new CommitRequest("ISSUE-001", "in-review", "again") }, "abc1234", origin, false)).Single().Result);

        Run(f.Service.UpdateAsync("TASK-001", new ItemChanges { Status = "blocked" }, ServiceFixture.Alice));
        var refused = Run(f.Service.ApplyCommitAsync(new[] { new CommitRequest("TASK-001", "done", "keyword 'closes'") }, "def5678", origin, false)).Single();
        Assert.AreEqual(CommitResult.Refused, refused.Result);
        Assert.AreEqual("blocked", f.Service.Get("TASK-001").Status);
    }

    [TestMethod]
    public void ASubscriberThatFails_IsAWarning_AndTheChangeStands()
    {
        using var f = new ServiceFixture();
        f.Service.Subscribe(new Failing());
        var result = Run(f.Service.UpdateAsync("ISSUE-001", new ItemChanges { Priority = "low" }, ServiceFixture.Alice));
        StringAssert.Contains(result.Warnings.Single(), "boom");
        Assert.AreEqual("low", f.Service.Get("ISSUE-001").Priority);
    }

    [TestMethod]
    public void ALongLivedService_SeesFilesAndConfigChangedOnDisk()
    {
        using var f = new ServiceFixture();
        Assert.AreEqual("todo", f.Service.Get("ISSUE-001").Status);
        File.WriteAllText(f.IssuePath, File.ReadAllText(f.IssuePath).Replace("status: todo", "status: in-progress"));
        File.SetLastWriteTimeUtc(f.IssuePath, DateTime.UtcNow.AddSeconds(5));
        Assert.AreEqual("in-progress", f.Service.Get("ISSUE-001").Status);

        f.Repo.Write(".ai-trackdown/config.yaml", "workflows:\n  default:\n    statuses: [todo, in-progress, in-review, done, blocked, parked]\n");
        Run(f.Service.UpdateAsync("ISSUE-001", new ItemChanges { Status = "parked", Force = true }, ServiceFixture.Alice));
        Assert.AreEqual("parked", f.Service.Get("ISSUE-001").Status);
    }

    [TestMethod]
    public void History_ReportsACorruptLineWithItsNumber_AndKeepsTheRest()
    {
        using var f = new ServiceFixture();
        Run(f.Service.UpdateAsync("ISSUE-001", new ItemChanges { Priority = "low" }, ServiceFixture.Alice));
        File.AppendAllText(AuditTrail.PathFor(f.Repo.Root), "{ not json ISSUE-001\n");
        Run(f.Service.UpdateAsync("ISSUE-001", new ItemChanges { Priority = "high" }, ServiceFixture.Bob));
        var history = f.Service.History("ISSUE-001");
        Assert.AreEqual(2, history.Entries.Count);
        Assert.AreEqual("TRK2210", history.Diagnostics.Single().Id);
        Assert.AreEqual(2, history.Diagnostics.Single().Line);
    }

    private sealed class Failing : IChangeSubscriber
    {
        public void OnChange(ChangeEvent change) => throw new InvalidOperationException("boom");
    }
}
