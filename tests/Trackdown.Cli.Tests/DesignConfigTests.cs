using System.Text.RegularExpressions;

namespace Trackdown.Cli.Tests;

/// <summary>The original design's config.yaml, copied byte for byte into a real repository, as the tool's processes see it.</summary>
[TestClass]
public sealed class DesignConfigTests
{
    private static readonly string DesignConfig = Path.Combine(RepoPaths.Root, "tests", "TestAssets", "DesignConfig", "config.yaml");

    private static TempRepo Designed()
    {
        var repo = new TempRepo(git: true);
        repo.Expect(0, "init");
        File.Copy(DesignConfig, repo.Path(".ai-trackdown/config.yaml"), overwrite: true);
        return repo;
    }

    [TestMethod]
    public void Validate_TheDesignsConfigUnchanged_HasNoErrorsOrWarnings()
    {
        using var repo = Designed();

        var result = repo.Expect(0, "validate");

        StringAssert.Contains(result.Stdout, "0 error(s), 0 warning(s)", result.ToString());
        Assert.AreEqual(string.Empty, result.Stderr.Trim(), result.ToString());
        CollectionAssert.AreEqual(File.ReadAllBytes(DesignConfig), File.ReadAllBytes(repo.Path(".ai-trackdown/config.yaml")), "nothing rewrote the config");
    }

    [TestMethod]
    public void Create_UnderTheDesignsConfig_UsesItsIdPatternAndDateFormat_AndItsCommitPatternFindsTheId()
    {
        using var repo = Designed();

        StringAssert.Contains(repo.Expect(0, "create", "issue", "Login flow").Stdout, "ISSUE-0001");

        var file = Directory.GetFiles(repo.Path("tasks/issues"), "ISSUE-0001-*.md").Single();
        var text = File.ReadAllText(file);
        StringAssert.Matches(text, new Regex(@"^created: ""?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z""?$", RegexOptions.Multiline), text);
        repo.Expect(0, "validate");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "--no-verify", "-m", "fix(ISSUE-0001): token expiry");
        StringAssert.Contains(repo.Expect(0, "parse-commit", "--dry-run").Stdout, "ISSUE-0001");
    }

    [TestMethod]
    public void Validate_ABadValueInTheDesignsConfig_IsLocatedInConfigYaml()
    {
        using var repo = Designed();
        var config = repo.Read(".ai-trackdown/config.yaml");
        repo.Write(".ai-trackdown/config.yaml", config.Replace("timezone: \"UTC\"", "timezone: \"Mars/Olympus\"").Replace("in-review -> done: requires_approval", "in-review -> shipped: requires_approval"));

        var result = repo.Expect(1, "validate");

        StringAssert.Contains(result.Stderr, ".ai-trackdown/config.yaml(6,13): error TRK0011", result.ToString());
        StringAssert.Contains(result.Stderr, ".ai-trackdown/config.yaml(80,20): error TRK0011", result.ToString());
    }
}
