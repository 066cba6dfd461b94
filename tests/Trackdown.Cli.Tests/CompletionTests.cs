namespace Trackdown.Cli.Tests;

[TestClass]
public sealed class CompletionTests
{
    [TestMethod]
    [DataRow("bash", "complete -o default -F")]
    [DataRow("zsh", "compdef")]
    [DataRow("pwsh", "Register-ArgumentCompleter")]
    public void Completion_PrintsScriptForShell(string shell, string marker)
    {
        using var dir = new TempRepo();

        StringAssert.Contains(dir.Expect(0, "completion", shell).Stdout, marker);
    }

    [TestMethod]
    public void SuggestDirective_CompletesSubcommands()
    {
        using var dir = new TempRepo();

        var result = dir.Expect(0, "[suggest:13]", "trackdown val");

        Assert.AreEqual("validate", result.Stdout.Trim());
    }
}
