using System.Text.Json;

namespace Trackdown.Cli.Tests;

[TestClass]
public sealed class ContextTests
{
    private static TempRepo Seeded()
    {
        var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        repo.Expect(0, "create", "epic", "Authentication");
        repo.Expect(0, "create", "issue", "Login flow", "--epic", "EPIC-001");
        repo.Expect(0, "create", "task", "Login form", "--parent", "ISSUE-001");
        var issue = "tasks/issues/ISSUE-001-login-flow.md";
        repo.Write(issue, repo.Read(issue).Replace("What an agent needs to know first: the problem, the constraints, where the code lives.", "Use the device flow; tokens live in the OS keychain.") + string.Concat(Enumerable.Repeat("Long design notes about sessions, cookies and expiry. ", 300)));
        repo.Write("src/Login.cs", "// ISSUE-001 login entry point\nclass Login { }\n");
        repo.Expect(0, "tokens", "add", "ISSUE-001", "--agent", "claude", "--input", "10", "--output", "5", "--operation", "draft");
        return repo;
    }

    [TestMethod]
    public void Context_Claude_WrapsSectionsAndPutsAiContextFirst()
    {
        using var repo = Seeded();

        var text = repo.Expect(0, "context", "ISSUE-001", "--for", "claude", "--max-tokens", "20000", "--include-history").Stdout;

        StringAssert.StartsWith(text, "<ai_context>\nUse the device flow; tokens live in the OS keychain.\n</ai_context>");
        StringAssert.Contains(text, "<related id=\"EPIC-001\" relation=\"epic\" depth=\"1\">");
        StringAssert.Contains(text, "<related id=\"TASK-001\" relation=\"child\" depth=\"1\">");
        StringAssert.Contains(text, "<history>");
        StringAssert.Contains(text, "src/Login.cs:1 comment");
        StringAssert.EndsWith(text, "<!-- Nothing was left out. -->\n");
    }

    [TestMethod]
    public void Context_SmallLimit_CutsInPriorityOrderAndNeverExceedsIt()
    {
        using var repo = Seeded();

        using var json = JsonDocument.Parse(repo.Expect(0, "context", "ISSUE-001", "--for", "gpt4", "--max-tokens", "400", "--include-history", "--json").Stdout);

        var root = json.RootElement;
        Assert.IsLessThanOrEqualTo(400, root.GetProperty("tokens").GetInt32());
        var leftOut = root.GetProperty("leftOut").EnumerateArray().Select(e => e.GetString()).ToList();
        CollectionAssert.AreEqual(new[] { "history", "code references" }, leftOut.Take(2).ToList(), string.Join(", ", leftOut));
        CollectionAssert.Contains(leftOut, "the item's own body");
        var text = root.GetProperty("text").GetString()!;
        StringAssert.StartsWith(text, "## ISSUE-001: what to know first");
        StringAssert.Contains(text, "_Left out to fit the token limit: history, code references");
        repo.Write("context.txt", text);
        Assert.IsLessThanOrEqualTo(400, int.Parse(repo.Expect(0, "tokens", "count", "context.txt").Stdout.Trim()), "counted independently");
    }
}
