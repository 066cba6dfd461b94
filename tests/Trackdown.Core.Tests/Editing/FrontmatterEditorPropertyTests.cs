using CsCheck;
using Trackdown.Core.Editing;
using Trackdown.Core.Parsing;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Tests.Editing;

/// <summary>
/// Generated task files (see <see cref="FrontmatterGen"/>) and one to three random edits. The result must parse; every
/// key must read back as the edits say (edited ones with their new values, the rest unchanged, in the same order);
/// every line outside the edited keys' entries must survive byte-for-byte and in order, with nothing added between them;
/// the body and the line-break style must not change; and applying the last edit again must change nothing.
/// The one refusal allowed is removing a key right after a block scalar that would then swallow the lines below.
/// </summary>
[TestClass]
public sealed class FrontmatterEditorPropertyTests
{
    [TestMethod]
    public void Edits_AnyDocument_ChangeOnlyTheEditedKeys()
    {
        var checkedCount = 0;
        var refusedCount = 0;
        Gen.Select(FrontmatterGen.Document, Gen.Bool, EditStep.Any.Array[1, 3]).Sample(
            (text, bom, edits) =>
            {
                Interlocked.Increment(ref checkedCount);
                if (!Check(text, bom, edits))
                {
                    Interlocked.Increment(ref refusedCount);
                }
            },
            iter: 1000,
            print: sample => $"bom={sample.Item2} edits=[{string.Join("; ", sample.Item3.Select(e => e.ToString()))}]\n{sample.Item1}");

        Assert.IsLessThan(checkedCount / 50, refusedCount, $"{refusedCount} of {checkedCount} edits were refused");
    }

    /// <summary>Checks one document and edits; false when the editor rightly refused them.</summary>
    private static bool Check(string text, bool bom, EditStep[] edits)
    {
        var before = TaskFileParser.Parse("t.md", text, bom);
        Assert.IsTrue(before.IsEditable, "the generator made an invalid document: " + string.Join("; ", before.Diagnostics.Select(d => d.Message)));

        string result;
        try
        {
            result = Apply(before, edits);
        }
        catch (InvalidOperationException refused) when (IsRightlyRefused(before, edits, refused.Message))
        {
            return false;
        }

        var after = TaskFileParser.Parse("t.md", result, bom);

        // (a) parses without errors.
        Assert.IsTrue(after.IsEditable, "does not parse: " + string.Join("; ", after.Diagnostics.Select(d => d.Message)) + "\n" + result);

        // (b), (c): every key reads back as expected, in the same order.
        var expected = MappingValue.From(before.Frontmatter!);
        foreach (var edit in edits)
        {
            edit.Expect(expected);
        }

        expected.Verify(after.Frontmatter, string.Empty);
        foreach (var (key, read) in new (string, Func<TaskDocument, string?>)[] { ("status", d => d.Item!.Status), ("title", d => d.Item!.Title), ("assignee", d => d.Item!.Assignee) })
        {
            if (expected.Entries.FirstOrDefault(e => e.Key == key).Value is TextValue value)
            {
                Assert.AreEqual(value.Value, read(after), "TaskItem." + key);
            }
        }

        // (d): the lines outside the edited entries are exactly the same lines, in the same order.
        var edited = new HashSet<string>(edits.Select(e => e.Key), StringComparer.Ordinal);
        CollectionAssert.AreEqual(LinesOutside(before, edited), LinesOutside(after, edited), "lines outside the edited keys changed:\n" + result);

        // (e): body, line breaks and BOM.
        Assert.AreEqual(before.Body, after.Body, "body");
        Assert.IsTrue(result.EndsWith(before.Body, StringComparison.Ordinal), "body is not the end of the text");
        Assert.IsFalse(result.StartsWith('\uFEFF'), "ToText returns the text without BOM");
        if (before.NewLine == "\r\n")
        {
            Assert.IsFalse(result.Replace("\r\n", string.Empty).Contains('\n'), "a bare LF in a CRLF file");
        }
        else
        {
            Assert.IsFalse(result.Contains('\r'), "a CR in an LF file");
        }

        // The last edit again finds nothing left to change.
        Assert.AreEqual(result, Apply(after, edits.Skip(edits.Length - 1)), "the last edit is not idempotent");
        return true;
    }

    /// <summary>A removal next to a block scalar, refused because the scalar named in the message would change.</summary>
    private static bool IsRightlyRefused(TaskDocument before, EditStep[] edits, string message)
    {
        var named = before.Frontmatter!.Entries.Where(e => message.Contains($"would also change '{e.Key.Value}'", StringComparison.Ordinal));
        return edits.Any(e => e.IsRemove) && named.Any(e => EndsWithBlockScalar(e.Value));
    }

    private static bool EndsWithBlockScalar(YamlValue value) => value switch
    {
        YamlScalar s => s.Style is YamlScalarStyle.Literal or YamlScalarStyle.Folded,
        YamlSequence { IsFlow: false, Items.Count: > 0 } q => EndsWithBlockScalar(q.Items[q.Items.Count - 1]),
        YamlMapping { IsFlow: false, Entries.Count: > 0 } m => EndsWithBlockScalar(m.Entries[m.Entries.Count - 1].Value),
        _ => false,
    };

    private static string Apply(TaskDocument document, IEnumerable<EditStep> edits)
    {
        var editor = new FrontmatterEditor(document);
        foreach (var edit in edits)
        {
            edit.Apply(editor);
        }

        return editor.ToText();
    }

    /// <summary>Every line of the file except those of the given top-level keys' entries (key line through the value's last line with text).</summary>
    private static List<string> LinesOutside(TaskDocument doc, HashSet<string> keys)
    {
        var lines = doc.Text.Split(doc.NewLine);
        var skipped = new bool[lines.Length];
        foreach (var entry in doc.Frontmatter!.Entries.Where(e => keys.Contains(e.Key.Value)))
        {
            var first = entry.Key.Span.Start.Line;
            var last = Math.Max(first, LastLineWithText(doc, entry.Value));
            for (var line = first; line <= last; line++)
            {
                skipped[line - 1] = true;
            }
        }

        return lines.Where((_, i) => !skipped[i]).ToList();
    }

    /// <summary>
    /// The line of the value's last visible character. Blank lines at the end of a block scalar's span separate it from
    /// the next key; they are not the value's lines.
    /// </summary>
    private static int LastLineWithText(TaskDocument doc, YamlValue value)
    {
        for (var i = value.Span.End.Offset - 1; i >= value.Span.Start.Offset; i--)
        {
            if (!char.IsWhiteSpace(doc.Text[i]))
            {
                return doc.Lines.At(i).Line;
            }
        }

        return 0;
    }
}
