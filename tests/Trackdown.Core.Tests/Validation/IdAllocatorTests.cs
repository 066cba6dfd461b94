using Trackdown.Core.Creation;
using Trackdown.Core.Model;

namespace Trackdown.Core.Tests.Validation;

[TestClass]
public sealed class IdAllocatorTests
{
    [TestMethod]
    public void Claim_EmptyRepository_StartsAtOne()
    {
        using var repo = new TempRepo(trackdown: true);

        using var claim = IdAllocator.Claim(repo.Tasks, IdScheme.Default, TaskType.Issue);

        Assert.AreEqual("ISSUE-001", claim.Id);
    }

    [TestMethod]
    public void Claim_ExistingFilesAndClaims_TakesNextNumber()
    {
        using var repo = new TempRepo(trackdown: true);
        repo.Task("ISSUE-007", "issue");
        using var first = IdAllocator.Claim(repo.Tasks, IdScheme.Default, TaskType.Issue);

        using var second = IdAllocator.Claim(repo.Tasks, IdScheme.Default, TaskType.Issue);

        Assert.AreEqual("ISSUE-008", first.Id);
        Assert.AreEqual("ISSUE-009", second.Id);
    }

    [TestMethod]
    public void Claim_Dispose_ReleasesTheClaimFile()
    {
        using var repo = new TempRepo(trackdown: true);
        var claim = IdAllocator.Claim(repo.Tasks, IdScheme.Create("ACME-", IdScheme.DefaultTemplate), TaskType.Epic);

        claim.Dispose();

        Assert.AreEqual("ACME-EPIC-001", claim.Id);
        Assert.IsFalse(File.Exists(claim.ClaimPath));
    }

    [TestMethod]
    public void Claim_ManyThreadsAtOnce_AllDistinct()
    {
        using var repo = new TempRepo(trackdown: true);
        var claims = new IdClaim[16];

        Parallel.For(0, claims.Length, i => claims[i] = IdAllocator.Claim(repo.Tasks, IdScheme.Default, TaskType.Task));

        Assert.AreEqual(claims.Length, claims.Select(c => c.Id).Distinct().Count());
        foreach (var claim in claims)
        {
            claim.Dispose();
        }
    }

    [TestMethod]
    [DataRow("Login flow", "login-flow")]
    [DataRow("../../etc/passwd", "etc-passwd")]
    [DataRow("Café: ünïcode & <stuff>", "cafe-unicode-stuff")]
    [DataRow("  ", "untitled")]
    [DataRow("..\\..\\windows", "windows")]
    public void Slug_From_IsSafeFileName(string title, string expected)
    {
        Assert.AreEqual(expected, Slug.From(title));
    }
}
