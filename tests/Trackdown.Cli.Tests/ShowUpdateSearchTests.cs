using System.Text.Json;

namespace Trackdown.Cli.Tests;

[TestClass]
public sealed class ShowUpdateSearchTests
{
    private const string IssuePath = "tasks/issues/ISSUE-001-oauth.md";

    private const string Issue = "---\n# owned by the auth team\nid: ISSUE-001\ntype: issue\ntitle: 'OAuth: GitHub'   # keep quotes\nstatus: todo\nlabels:\n  - auth\ncustom_field: {keep: me}\ncreated: 2026-01-01T00:00:00Z\nupdated: 2026-01-01T00:00:00Z\n---\n# OAuth\n\nUse the device flow for the CLI.\n";

    private static TempRepo Seeded(string text = Issue, bool crlf = false)
    {
        var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        repo.Write(IssuePath, crlf ? text.Replace("\n", "\r\n") : text);
        return repo;
    }

    [TestMethod]
    public void Show_Json_HasFieldsAndBody()
    {
        using var repo = Seeded();

        using var json = JsonDocument.Parse(repo.Expect(0, "show", "ISSUE-001", "--json").Stdout);

        Assert.AreEqual("OAuth: GitHub", json.RootElement.GetProperty("title").GetString());
        StringAssert.Contains(json.RootElement.GetProperty("body").GetString(), "device flow");
        Assert.AreEqual(IssuePath, json.RootElement.GetProperty("path").GetString());
    }

    [TestMethod]
    public void Show_UnknownOrMalformedId_FailsClearly()
    {
        using var repo = Seeded();

        StringAssert.Contains(repo.Expect(1, "show", "ISSUE-404").Stderr, "ISSUE-404");
        StringAssert.Contains(repo.Expect(2, "show", "../../etc/passwd").Stderr, "not a task id");
    }

    [TestMethod]
    public void Update_AllowedTransition_RewritesOnlyChangedLines()
    {
        using var repo = Seeded(crlf: true);
        var before = repo.Read(IssuePath).Split("\r\n");

        repo.Expect(0, "update", "ISSUE-001", "--status", "in-progress", "--add-label", "backend", "--assignee", "@bob");

        var after = repo.Read(IssuePath);
        Assert.IsFalse(after.Replace("\r\n", "").Contains('\n'), "line endings stay CRLF");
        var lines = after.Split("\r\n");
        CollectionAssert.Contains(lines, "status: in-progress");
        CollectionAssert.Contains(lines, "assignee: \"@bob\"");
        CollectionAssert.Contains(lines, "  - backend");
        foreach (var kept in before.Where(l => !l.StartsWith("status:", StringComparison.Ordinal) && !l.StartsWith("updated:", StringComparison.Ordinal)))
        {
            CollectionAssert.Contains(lines, kept);
        }

        Assert.IsFalse(lines.Contains("updated: 2026-01-01T00:00:00Z"), "updated is refreshed");
    }

    [TestMethod]
    public void Update_UnlistedTransition_IsRefusedUnlessForced()
    {
        using var repo = Seeded();
        var original = repo.Read(IssuePath);

        var refused = repo.Expect(1, "update", "ISSUE-001", "--status", "in-review");

        StringAssert.Contains(refused.Stderr, "allowed from 'todo'");
        StringAssert.Contains(refused.Stderr, "'in-progress'");
        Assert.AreEqual(original, repo.Read(IssuePath));
        var forced = repo.Expect(0, "update", "ISSUE-001", "--status", "in-review", "--force");
        StringAssert.Contains(forced.Stderr, "Forced transition");
        StringAssert.Contains(repo.Read(IssuePath), "status: in-review");
    }

    [TestMethod]
    public void Update_RemoveLabel_KeepsOtherLabels()
    {
        using var repo = Seeded();
        repo.Expect(0, "update", "ISSUE-001", "--add-label", "x,y");

        repo.Expect(0, "update", "ISSUE-001", "--remove-label", "x");

        using var json = JsonDocument.Parse(repo.Expect(0, "show", "ISSUE-001", "--json").Stdout);
        CollectionAssert.AreEqual(new[] { "auth", "y" }, json.RootElement.GetProperty("labels").EnumerateArray().Select(e => e.GetString()).ToArray());
    }

    [TestMethod]
    public void Update_UnparseableFile_IsRefusedAndUntouched()
    {
        var broken = Issue.Replace("status: todo", "status: [todo");
        using var repo = Seeded(broken);

        repo.Expect(1, "update", "ISSUE-001", "--status", "in-progress");

        Assert.AreEqual(broken, repo.Read(IssuePath));
    }

    [TestMethod]
    public void Search_FindsBodyText()
    {
        using var repo = Seeded();

        using var json = JsonDocument.Parse(repo.Expect(0, "search", "DEVICE FLOW", "--json").Stdout);

        var hit = json.RootElement.EnumerateArray().Single();
        Assert.AreEqual("ISSUE-001", hit.GetProperty("task").GetProperty("id").GetString());
        Assert.AreEqual(15, hit.GetProperty("hits")[0].GetProperty("line").GetInt32());
    }
}
