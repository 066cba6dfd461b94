using System.Reflection;
using System.Text.RegularExpressions;
using Trackdown.Tests;

namespace Trackdown.Core.Tests.Diagnostics;

[TestClass]
public sealed class DiagnosticIdsTests
{
    private static IEnumerable<string> DeclaredIds()
        => typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name != nameof(DiagnosticIds.HelpLinkBase))
            .Select(f => (string)f.GetRawConstantValue()!);

    [TestMethod]
    public void EveryId_IsListedOnceAndWellFormed()
    {
        var declared = DeclaredIds().ToList();

        CollectionAssert.AllItemsAreUnique(declared);
        CollectionAssert.AreEquivalent(declared, DiagnosticIds.All);
        foreach (var id in declared)
        {
            Assert.IsTrue(Regex.IsMatch(id, "^TRK\\d{4}$"), id);
        }
    }

    [TestMethod]
    public void EveryId_HasADocsPageAndHelpLink()
    {
        foreach (var id in DiagnosticIds.All)
        {
            var page = Path.Combine(RepoPaths.Root, "docs", "diagnostics", id + ".md");
            Assert.IsTrue(File.Exists(page), $"missing {page}");
            StringAssert.StartsWith(File.ReadAllText(page), $"# {id}: ");
            StringAssert.EndsWith(DiagnosticIds.HelpLink(id), $"/docs/diagnostics/{id}.md");
        }
    }
}
