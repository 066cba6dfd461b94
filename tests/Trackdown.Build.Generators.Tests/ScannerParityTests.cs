using Trackdown.Core.Parsing;

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
}
