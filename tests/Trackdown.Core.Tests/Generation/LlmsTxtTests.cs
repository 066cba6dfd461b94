using Trackdown.Core.Generation;
using Trackdown.Core.Repository;
using Trackdown.Tests;
using Trackdown.Core.Tokens;

namespace Trackdown.Core.Tests.Generation;

[TestClass]
public sealed class LlmsTxtTests
{
    private static readonly string[] Statuses = { "todo", "in-progress", "in-review", "done", "blocked" };

    private static ProjectSnapshot Snapshot(string tasksDirectory, bool includeClosed = false)
        => new(TaskSet.Load(tasksDirectory), new GenerationOptions("Demo", Statuses, new[] { "done" }, 100_000)
        {
            IncludeClosed = includeClosed,
            Integrations = new[] { new KeyValuePair<string, bool>("GitHub Issues", false) },
        });

    [TestMethod]
    public void Render_Sample_IsStrictLlmsTxt()
    {
        var text = LlmsTxtRenderer.Render(Snapshot(Path.Combine(RepoPaths.Root, "samples", "QuickStart", "tasks"), includeClosed: true), Path.Combine(RepoPaths.Root, "samples", "QuickStart"));

        CollectionAssert.AreEqual(Array.Empty<string>(), LlmsTxtChecker.Problems(text).ToArray(), text);
        StringAssert.Contains(text, "## Optional\n\n- [TASK-001 Create login form](tasks/tasks/TASK-001-create-login-form.md): done");
    }

    [TestMethod]
    public void Checker_RejectsBrokenFiles()
    {
        Assert.IsNotEmpty(LlmsTxtChecker.Problems("no title\n"));
        Assert.IsNotEmpty(LlmsTxtChecker.Problems("# T\n\n## S\n\nplain text in a section\n"));
        Assert.IsNotEmpty(LlmsTxtChecker.Problems("# T\n\n## Optional\n\n- [a](b)\n\n## Later\n\n- [c](d)\n"));
        Assert.IsNotEmpty(LlmsTxtChecker.Problems("# T\n\n### Deep\n"));
        Assert.IsEmpty(LlmsTxtChecker.Problems("# T\n\n> Summary.\n\nSome text.\n\n## S\n\n- [a](b): note\n- [c](d)\n"));
    }

    [TestMethod]
    public void Render_OverTheTokenLimit_DropsLeastRelevantAndStaysValid()
    {
        using var repo = new TempRepo(trackdown: true);
        for (var e = 1; e <= 5; e++)
        {
            repo.Task($"EPIC-{e:000}", "epic");
        }

        for (var i = 1; i <= 600; i++)
        {
            var priority = i % 4 == 0 ? "critical" : i % 2 == 0 ? "low" : "medium";
            var status = i % 5 == 0 ? "done" : "todo";
            repo.Write($"tasks/issues/ISSUE-{i:000}-x.md", $"---\nid: ISSUE-{i:000}\ntype: issue\ntitle: Issue number {i} with a longer title\nstatus: {status}\nepic: EPIC-{1 + (i % 5):000}\npriority: {priority}\nupdated: 2026-01-01T00:00:00Z\n---\n");
        }

        var snapshot = Snapshot(repo.Tasks, includeClosed: true);
        var text = LlmsTxtRenderer.Render(snapshot, repo.Root, 2000, TokenCounter.Count);

        Assert.IsLessThanOrEqualTo(2000, TokenCounter.Count(text));
        CollectionAssert.AreEqual(Array.Empty<string>(), LlmsTxtChecker.Problems(text).ToArray());
        StringAssert.Contains(text, "most relevant of");
        StringAssert.Contains(text, "[ISSUE-004 ", "critical open items are kept");
        Assert.IsFalse(text.Contains("[ISSUE-010 "), "closed items go first");
        Assert.IsGreaterThan(1900, TokenCounter.Count(LlmsTxtRenderer.Render(snapshot, repo.Root, 100_000, TokenCounter.Count)));
    }
}
