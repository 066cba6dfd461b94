using System.Text;
using CsCheck;
using Trackdown.Core.Editing;
using Trackdown.Core.Parsing;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Tests.Editing;

/// <summary>
/// Generated documents (comments, quoting styles, unknown keys, block and flow lists, LF or CRLF, BOM, bodies with
/// '---' lines) and random edits: the edited field reads back, every other key keeps its value, every line that did not
/// belong to the edited key survives byte-for-byte and in order, and the body is untouched.
/// </summary>
[TestClass]
public sealed class FrontmatterEditorPropertyTests
{
    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"], 1, 10];

    // Text a user might type: quotes, colons, hashes, brackets, '@', unicode, spaces, even a newline.
    private static readonly Gen<string> AnyText = Gen.String[Gen.Char["abcXYZ 019:#'\"@[]{},-!&*|>%é🙂\n\\"], 1, 20];

    private static readonly Gen<string> Comment = Gen.OneOf(Gen.Const(string.Empty), Word.Select(w => "   # " + w));

    private static readonly Gen<string> ScalarLine = Gen.Select(Word, Gen.Int[0, 2], Comment)
        .Select((w, style, comment) => (style switch { 0 => w + "x", 1 => $"'{w}'", _ => $"\"{w}\"" }) + comment);

    private sealed record Line(string Key, string[] Lines);

    private static readonly Gen<Line> Entry = Gen.OneOf(
        Gen.Select(Gen.OneOfConst("assignee", "priority", "custom", "x_note", "estimate_text"), ScalarLine).Select((k, v) => new Line(k, new[] { $"{k}: {v}" })),
        Word.Array[0, 3].Select(items => new Line("labels", new[] { "labels: [" + string.Join(", ", items.Select(i => i + "x")) + "]" })),
        Word.Array[1, 3].Select(items => new Line("labels", new[] { "labels:" }.Concat(items.Select(i => "  - " + i + "x")).ToArray())));

    private static readonly Gen<string> Document = Gen.Select(Entry.Array[0, 5], Gen.Bool, Word.Array[0, 4], Gen.Int[0, 3])
        .Select((entries, crlf, bodyWords, commentAt) =>
        {
            var lines = new List<string> { "---", "id: TASK-001", "type: task", "title: 'A title'", "status: todo" };
            var seen = new HashSet<string>(lines.Skip(1).Select(l => l.Split(':')[0]));
            foreach (var entry in entries.Where(e => seen.Add(e.Key)))
            {
                lines.AddRange(entry.Lines);
            }

            lines.Insert(Math.Min(1 + commentAt, lines.Count), "# a comment line");
            lines.Add("---");
            lines.Add("# Body");
            lines.AddRange(bodyWords.Select(w => w == "a" ? "---" : w));
            var newline = crlf ? "\r\n" : "\n";
            return string.Join(newline, lines) + newline;
        });

    private sealed record Edit(string Key, string? Value, string[]? List, bool Remove);

    private static readonly Gen<Edit> Edits = Gen.OneOf(
        Gen.Select(Gen.OneOfConst("status", "title", "assignee", "custom", "newkey"), AnyText).Select((k, v) => new Edit(k, v, null, false)),
        AnyText.Array[0, 3].Select(list => new Edit("labels", null, list, false)),
        Gen.OneOfConst("assignee", "labels", "custom", "title").Select(k => new Edit(k, null, null, true)));

    [TestMethod]
    public void Edit_AnyDocument_ChangesOnlyTheEditedKey()
    {
        Gen.Select(Document, Edits, Gen.Bool).Sample((text, edit, bom) =>
        {
            var before = TaskFileParser.Parse("t.md", text, bom);
            Assert.IsTrue(before.IsEditable, text);
            var editor = new FrontmatterEditor(before);
            if (edit.Remove)
            {
                editor.Remove(edit.Key);
            }
            else if (edit.List is { } list)
            {
                editor.SetList(edit.Key, list);
            }
            else
            {
                editor.Set(edit.Key, edit.Value!);
            }

            var result = editor.ToText();
            var after = TaskFileParser.Parse("t.md", result, bom);

            Assert.IsTrue(after.IsEditable, result);
            Assert.AreEqual(before.Body, after.Body, "body");
            Assert.AreEqual(before.NewLine, after.NewLine);
            if (before.NewLine == "\r\n")
            {
                Assert.IsFalse(result.Replace("\r\n", string.Empty).Contains('\n'), "a bare LF in a CRLF file");
            }

            var edited = after.Frontmatter!.Find(edit.Key);
            if (edit.Remove)
            {
                Assert.IsNull(edited, result);
            }
            else if (edit.List is { } expected)
            {
                CollectionAssert.AreEqual(expected, ((YamlSequence)edited!.Value).Items.Cast<YamlScalar>().Select(s => s.Value).ToArray(), result);
            }
            else
            {
                Assert.AreEqual(edit.Value, ((YamlScalar)edited!.Value).Value, result);
            }

            foreach (var entry in before.Frontmatter!.Entries.Where(e => e.Key.Value != edit.Key))
            {
                Assert.AreEqual(Canonical(entry.Value), Canonical(after.Frontmatter[entry.Key.Value]!), entry.Key.Value);
            }

            var kept = OtherLines(before, edit.Key);
            var remaining = new Queue<string>(kept);
            foreach (var line in result.Split(before.NewLine))
            {
                if (remaining.Count > 0 && remaining.Peek() == line)
                {
                    remaining.Dequeue();
                }
            }

            Assert.AreEqual(0, remaining.Count, $"line '{(remaining.Count > 0 ? remaining.Peek() : "")}' was lost or moved:\n{result}");
        }, iter: 400);
    }

    /// <summary>Every line of the file except those of the edited key's entry (its key line and block continuation).</summary>
    private static IReadOnlyList<string> OtherLines(TaskDocument doc, string key)
    {
        var lines = doc.Text.Split(doc.NewLine);
        var entry = doc.Frontmatter!.Find(key);
        if (entry is null)
        {
            return lines;
        }

        var first = entry.Key.Span.Start.Line - 1;
        var last = Math.Max(first, entry.Value.Span.End.Line - 1);
        return lines.Where((_, i) => i < first || i > last).ToList();
    }

    private static string Canonical(YamlValue value) => value switch
    {
        YamlScalar s => s.Value,
        YamlSequence q => "[" + string.Join(",", q.Items.Select(Canonical)) + "]",
        YamlMapping m => "{" + string.Join(",", m.Entries.Select(e => e.Key.Value + ":" + Canonical(e.Value))) + "}",
        _ => "?",
    };
}
