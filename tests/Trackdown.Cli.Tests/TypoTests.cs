namespace Trackdown.Cli.Tests;

/// <summary>Unknown commands and options: a usage error with the nearest name.</summary>
[TestClass]
public sealed class TypoTests
{
    [TestMethod]
    [DataRow(new[] { "lsit" }, "Did you mean 'list'?")]
    [DataRow(new[] { "valdate" }, "Did you mean 'validate'?")]
    [DataRow(new[] { "list", "--sortt", "id" }, "Did you mean '--sort'?")]
    [DataRow(new[] { "tokens", "cuont", "a.txt" }, "Did you mean 'count'?")]
    public void Typo_GetsDidYouMean(string[] args, string suggestion)
    {
        using var repo = new TempRepo(trackdown: true);

        var result = repo.Expect(2, args);

        StringAssert.Contains(result.Stderr, suggestion);
        Assert.AreEqual(string.Empty, result.Stdout);
    }

    [TestMethod]
    public void FarFromEverything_GetsNoGuess()
    {
        using var repo = new TempRepo(trackdown: true);

        var result = repo.Expect(2, "xyzzyplugh");

        Assert.IsFalse(result.Stderr.Contains("Did you mean"), result.Stderr);
        StringAssert.Contains(result.Stderr, "xyzzyplugh");
    }
}
