using System.Text.Json;

namespace Trackdown.Cli.Tests;

/// <summary>'@me' is a handle: trackdown.handle, else the email's local part, else $USER; never the display name.</summary>
[TestClass]
public sealed class IdentityTests
{
    /// <summary>Only the repository's own git config counts: the machine's global and system config are shut out.</summary>
    private static readonly Dictionary<string, string?> Isolated = new() { ["GIT_CONFIG_GLOBAL"] = "/dev/null", ["GIT_CONFIG_NOSYSTEM"] = "1", ["USER"] = "carol" };

    private static string Assigned(TempRepo repo)
    {
        var result = CliRunner.Run(repo.Root, Isolated, "create", "issue", "Mine", "--assignee", "@me");
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        using var json = JsonDocument.Parse(repo.Expect(0, "show", "ISSUE-001", "--json").Stdout);
        return json.RootElement.GetProperty("assignee").GetString()!;
    }

    [TestMethod]
    public void ConfiguredHandle_Wins()
    {
        using var repo = new TempRepo(git: true, trackdown: true);
        repo.Git("config", "user.name", "Alice Dev");
        repo.Git("config", "trackdown.handle", "@alice");

        Assert.AreEqual("@alice", Assigned(repo));
    }

    [TestMethod]
    public void EmailLocalPart_IsTheDefault()
    {
        using var repo = new TempRepo(git: true, trackdown: true);
        repo.Git("config", "user.name", "Alice Dev");
        repo.Git("config", "user.email", "alice.dev+work@example.com");

        Assert.AreEqual("@alice.dev", Assigned(repo));
    }

    [TestMethod]
    public void NoEmail_FallsBackToUser()
    {
        using var repo = new TempRepo(git: true, trackdown: true);
        repo.Git("config", "--unset", "user.email");
        repo.Git("config", "user.name", "Alice Dev");

        Assert.AreEqual("@carol", Assigned(repo));
    }

    [TestMethod]
    public void ListAssigneeMe_MatchesTheHandle()
    {
        using var repo = new TempRepo(git: true, trackdown: true);
        repo.Task("ISSUE-001", "issue", "assignee: '@test'\n");
        repo.Task("ISSUE-002", "issue", "assignee: '@Test User'\n");

        var result = CliRunner.Run(repo.Root, Isolated, "list", "--assignee", "@me", "--json");

        using var json = JsonDocument.Parse(result.Stdout);
        Assert.AreEqual("ISSUE-001", json.RootElement.EnumerateArray().Single().GetProperty("id").GetString(), result.ToString());
    }
}
