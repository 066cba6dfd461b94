using CsCheck;
using Trackdown.Core.Parsing;
using Trackdown.Core.Tests.Editing;

namespace Trackdown.Build.Generators.Tests;

/// <summary>The generator's scanner and Core's YAML parser read the same ids, titles, types and statuses.</summary>
[TestClass]
public sealed class ScannerParityTests
{
    public static IEnumerable<object[]> Corpus()
    {
        var root = Trackdown.Tests.RepoPaths.Root;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "samples", "QuickStart", "tasks"), "*.md", SearchOption.AllDirectories))
        {
            yield return new object[] { Path.GetFileName(file), File.ReadAllText(file) };
        }

        var variants = new[]
        {
            "---\nid: TASK-001\ntype: task\ntitle: \"Quoted: \\\"inner\\\" text\"\nstatus: 'in-progress'\n---\n",
            "---\r\n# comment\r\nid: TASK-002   # trailing comment\r\ntype: task\r\ntitle: 'It''s done'\r\nstatus: done\r\n---\r\nbody\r\n",
            "\uFEFF---\nid: TASK-003\ntype: task\ntitle: Café ünïcode — dash\nstatus: todo\nlabels:\n  - a\nnested:\n  id: NOT-THIS\n---\n",
            "---\nid: TASK-004\ntype: task\ntitle: a#b not a comment\nstatus: todo\n...\n",
        };
        for (var i = 0; i < variants.Length; i++)
        {
            yield return new object[] { $"variant-{i}", variants[i] };
        }
    }

    [TestMethod]
    [DynamicData(nameof(Corpus))]
    public void Scanner_AgreesWithCore(string name, string text)
    {
        var core = TaskFileParser.Parse(name, text.TrimStart('\uFEFF'), hasBom: text.StartsWith('\uFEFF')).Item!;
        var scanned = FrontmatterScanner.Scan(text);

        Assert.AreEqual(core.Id, scanned.Id, name);
        Assert.AreEqual(core.Title, scanned.Title, name);
        Assert.AreEqual(core.TypeName, scanned.Type, name);
        Assert.AreEqual(core.Status, scanned.Status, name);
        Assert.AreEqual(core.Epic, scanned.Epic, name);
        Assert.AreEqual(core.Parent, scanned.Parent, name);
    }

    /// <summary>
    /// Over generated task files (quoted and escaped keys, anchors, tags, aliases, values spanning lines, flow
    /// frontmatter): every key the scanner reads has Core's value, or the scanner reports that it could not read it, so
    /// the generator warns (TRK4003) instead of silently dropping a TaskIds member.
    /// </summary>
    [TestMethod]
    public void Scanner_GeneratedFrontmatter_ReadsWhatCoreReadsOrReportsTheKey()
    {
        var valid = 0;
        var reported = 0;
        FrontmatterGen.ScannerDocument.Sample(
            text =>
            {
                var doc = TaskFileParser.Parse("t.md", text);
                if (doc.Item is null || doc.Diagnostics.Any(d => d.IsError))
                {
                    return; // invalid YAML is the MSBuild task's to report
                }

                Interlocked.Increment(ref valid);
                var scanned = FrontmatterScanner.Scan(text);
                if (scanned.Problems.Count > 0)
                {
                    Interlocked.Increment(ref reported);
                }

                Agree("id", doc.Item.Id, scanned.Id, scanned);
                Agree("type", doc.Item.TypeName, scanned.Type, scanned);
                Agree("title", doc.Item.Title, scanned.Title, scanned);
                Agree("status", doc.Item.Status, scanned.Status, scanned);
                Agree("epic", doc.Item.Epic, scanned.Epic, scanned);
                Agree("parent", doc.Item.Parent, scanned.Parent, scanned);
            },
            iter: 3000,
            print: text => text);

        Assert.IsGreaterThan(1500, valid, "the generator must mostly make valid task files");
        Assert.IsLessThan(valid, reported, "most files are read without a warning");
    }

    private static void Agree(string key, string? core, string? scanned, ScannedTask task)
    {
        if (string.Equals(core, scanned, StringComparison.Ordinal))
        {
            return;
        }

        Assert.IsTrue(scanned is null && task.Problems.Any(p => p.Key == key || p.Key.Length == 0),
            $"'{key}': Core reads {Show(core)}, the scanner {Show(scanned)}, and the scanner reported [{string.Join("; ", task.Problems.Select(p => $"'{p.Key}': {p.Reason}"))}]");
    }

    private static string Show(string? value) => value is null ? "nothing" : "'" + value + "'";
}
