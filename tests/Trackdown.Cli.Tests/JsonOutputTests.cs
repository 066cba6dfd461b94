using System.Text.Json;

namespace Trackdown.Cli.Tests;

/// <summary>--json on tokens count, hooks, generate and parse-commit --dry-run: one document on stdout.</summary>
[TestClass]
public sealed class JsonOutputTests
{
    [TestMethod]
    public void TokensCount_Json()
    {
        using var repo = new TempRepo();
        repo.Write("a.txt", "hello world");

        using var json = JsonDocument.Parse(repo.Expect(0, "tokens", "count", "a.txt", "--json").Stdout);

        Assert.AreEqual("a.txt", json.RootElement.GetProperty("file").GetString());
        Assert.AreEqual("o200k_base", json.RootElement.GetProperty("encoding").GetString());
        Assert.AreEqual(2, json.RootElement.GetProperty("tokens").GetInt32());
        Assert.AreEqual(11, json.RootElement.GetProperty("characters").GetInt32());
    }

    [TestMethod]
    public void Hooks_Json_ForInstallStatusAndUninstall()
    {
        using var repo = new TempRepo(git: true, trackdown: true);

        static Dictionary<string, bool> Installed(JsonDocument json)
            => json.RootElement.GetProperty("hooks").EnumerateArray().ToDictionary(h => h.GetProperty("name").GetString()!, h => h.GetProperty("installed").GetBoolean());

        using var before = JsonDocument.Parse(repo.Expect(0, "hooks", "status", "--json").Stdout);
        using var install = JsonDocument.Parse(repo.Expect(0, "hooks", "install", "--json").Stdout);
        using var status = JsonDocument.Parse(repo.Expect(0, "hooks", "status", "--json").Stdout);
        using var uninstall = JsonDocument.Parse(repo.Expect(0, "hooks", "uninstall", "--json").Stdout);

        Assert.IsFalse(Installed(before)["post-commit"]);
        Assert.AreEqual("install", install.RootElement.GetProperty("action").GetString());
        Assert.IsTrue(Installed(install)["post-commit"]);
        Assert.IsTrue(Installed(status)["pre-push"]);
        Assert.IsFalse(Installed(uninstall)["post-commit"]);
        StringAssert.EndsWith(status.RootElement.GetProperty("hooks")[0].GetProperty("path").GetString(), "post-commit");
    }

    [TestMethod]
    public void Generate_Json_SaysWrittenUnchangedAndStale()
    {
        using var repo = new TempRepo(git: true, trackdown: true);
        repo.Task("ISSUE-001", "issue");

        static Dictionary<string, string> States(string stdout)
        {
            using var json = JsonDocument.Parse(stdout);
            return json.RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("state").GetString()!);
        }

        Assert.AreEqual("written", States(repo.Expect(0, "generate", "--json").Stdout)["llms.txt"]);
        Assert.IsTrue(States(repo.Expect(0, "generate", "--json").Stdout).Values.All(s => s == "unchanged"));
        Assert.IsTrue(States(repo.Expect(0, "generate", "--check", "--json").Stdout).Values.All(s => s == "current"));
        repo.Task("ISSUE-002", "issue");
        var stale = States(repo.Expect(1, "generate", "--check", "--json").Stdout);
        Assert.AreEqual("stale", stale["TASKTRACK.md"]);
        Assert.AreEqual(3, stale.Count);
    }

    [TestMethod]
    public void ParseCommit_DryRunJson_ListsOutcomesAndWritesNothing()
    {
        using var repo = new TempRepo(git: true, trackdown: true);
        var file = repo.Task("ISSUE-001", "issue");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "start ISSUE-001 and ISSUE-404");
        var before = File.ReadAllText(file);

        var result = repo.Expect(0, "parse-commit", "--dry-run", "--json");

        using var json = JsonDocument.Parse(result.Stdout);
        Assert.AreEqual(repo.Git("rev-parse", "HEAD").Trim(), json.RootElement.GetProperty("commit").GetString());
        var outcomes = json.RootElement.GetProperty("outcomes").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!);
        Assert.AreEqual("todo", outcomes["ISSUE-001"].GetProperty("from").GetString());
        Assert.AreEqual("in-progress", outcomes["ISSUE-001"].GetProperty("to").GetString());
        Assert.AreEqual("WouldMove", outcomes["ISSUE-001"].GetProperty("result").GetString());
        Assert.AreEqual("UnknownTask", outcomes["ISSUE-404"].GetProperty("result").GetString());
        Assert.AreEqual(before, File.ReadAllText(file));
    }
}
