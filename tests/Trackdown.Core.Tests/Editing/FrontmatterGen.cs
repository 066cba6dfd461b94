using System.Globalization;
using System.Text;
using CsCheck;

namespace Trackdown.Core.Tests.Editing;

/// <summary>
/// Generators for valid task files written the many ways people write YAML: known and unknown keys in any order,
/// plain, single- and double-quoted scalars, empty values, numbers, flow and block lists, block scalars, nested block and
/// flow mappings, multi-line values, full-line and trailing comments, blank and whitespace-only lines, LF or CRLF, and
/// bodies holding '---' lines and arbitrary text.
/// </summary>
internal static class FrontmatterGen
{
    public static readonly string[] Keys = { "id", "type", "title", "status", "assignee", "labels", "estimate", "priority", "depends_on", "token_usage", "custom", "x-note", "my key", "desc" };

    /// <summary>A plain scalar: starts with a letter, never holds ':' or '#', may hold inner spaces and unicode.</summary>
    public static readonly Gen<string> Word = Gen.Select(Gen.Char["abcdefghijklmnopqrstuvwxyzé日"], Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-_./é日 "], 0, 10])
        .Select((first, rest) => (first + rest).TrimEnd());

    // Pieces a user might type, including what YAML treats specially: quotes, indicators, reserved words, line breaks,
    // controls, separators, a BOM, a surrogate pair.
    private static readonly string[] Fragments =
    {
        "🙂", "日本", "é", "\n", "\r\n", "\t", " #", ": ", "- ", "? ", "''", "\\n", "\"", "'", "true", "null", "~", "123", "1.5", "yes",
        "---", "...", "@alice", "&a", "*a", "!tag", "%", "|", ">", "[x]", "{y}", ",", "\0", "\u0007", "\u007f", "\u0085", "\u00a0", "\u2028", "\ufeff",
    };

    /// <summary>Any text at all, for the values edits write.</summary>
    public static readonly Gen<string> AnyText = Gen.OneOf(Gen.Char["abcXYZ 019:#'\"@[]{},-!&*|>%?`~\\/"].Select(c => c.ToString()), Gen.OneOfConst(Fragments))
        .Array[0, 6].Select(string.Concat);

    /// <summary>Text a single-quoted scalar or a comment can hold as is: no line breaks or controls.</summary>
    public static readonly Gen<string> LineText = AnyText.Select(t => new string(t.Where(c => !char.IsControl(c) && c is not ('\u2028' or '\u2029' or '\ufeff')).ToArray()));

    private static readonly Gen<string> Comment = Gen.Frequency(
        (4, Gen.Const(string.Empty)),
        (2, Word.Select(w => "  # " + w)),
        (1, Gen.Const(" #")),
        (1, LineText.Select(t => " # " + t)));

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (4, Word),
        (2, LineText.Select(t => "'" + t.Replace("'", "''") + "'")),
        (2, AnyText.Select(DoubleQuote)),
        (1, Gen.OneOfConst("~", "null", "123", "-1.5", "true", "no", "2024-05-01T10:00:00Z", "a:b", "C#")));

    private static readonly Gen<string> FlowItem = Gen.Frequency(
        (3, Word),
        (1, LineText.Select(t => "'" + t.Replace("'", "''") + "'")),
        (1, AnyText.Select(DoubleQuote)));

    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Long[-1_000_000, 1_000_000].Select(n => n.ToString(CultureInfo.InvariantCulture)),
        Gen.Double[-1e6, 1e6].Select(d => d.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>One entry's lines, given its key.</summary>
    private static readonly Gen<Func<string, string[]>> Shape = Gen.Frequency(
        (6, Gen.Select(Scalar, Comment, Gen.OneOfConst(string.Empty, "  ")).Select((value, comment, trailing) =>
            Lines(k => new[] { $"{k}: {value}{(comment.Length > 0 ? comment : trailing)}" }))),
        (1, Comment.Select(comment => Lines(k => new[] { $"{k}:{comment}" }))),
        (1, Gen.Select(Number, Comment).Select((n, comment) => Lines(k => new[] { $"{k}: {n}{comment}" }))),
        (2, Gen.Select(FlowItem.Array[0, 3], Comment).Select((items, comment) => Lines(k => new[] { $"{k}: [{string.Join(", ", items)}]{comment}" }))),
        (1, Gen.Select(FlowItem, FlowItem).Select((a, b) => Lines(k => new[] { $"{k}: [{a},", $"   {b}]" }))),
        (3, Gen.Select(Gen.OneOfConst(0, 2, 4), Gen.OneOfConst(" ", "   "), Gen.Select(Scalar, Comment).Select((s, c) => s + c).Array[1, 3], Comment, Gen.Bool)
            .Select((indent, gap, items, comment, noteLine) => Lines(k =>
            {
                var pad = new string(' ', indent);
                var lines = new List<string> { $"{k}:{comment}" };
                if (noteLine)
                {
                    lines.Add(pad + "# about the items");
                }

                lines.AddRange(items.Select(item => pad + "-" + gap + item));
                return lines.ToArray();
            }))),
        (2, Gen.Select(Gen.OneOfConst("|", ">", "|-", ">+", "|+"), Word.Array[1, 3], Gen.Bool, Comment).Select((indicator, words, blank, comment) => Lines(k =>
            new[] { $"{k}: {indicator}{comment}" }.Concat(words.SelectMany((w, i) => i == 1 && blank ? new[] { string.Empty, "  " + w } : new[] { "  " + w })).ToArray()))),
        (2, Gen.Select(Gen.OneOfConst(2, 4), Number, Gen.Int[0, 2], Word, Comment).Select((indent, n, agents, note, comment) => Lines(k =>
        {
            var pad = new string(' ', indent);
            var lines = new List<string> { $"{k}:{comment}", $"{pad}total: {n}" };
            if (agents == 1)
            {
                lines.Add($"{pad}by_agent: {{claude: 3}}");
            }
            else if (agents == 2)
            {
                lines.AddRange(new[] { $"{pad}by_agent:", $"{pad}{pad}claude: 3", $"{pad}{pad}gpt: 4" });
            }

            lines.Add($"{pad}note: {note}");
            return lines.ToArray();
        }))),
        (1, Gen.Select(Gen.OneOfConst("{}", "{total: 5}", "{ total: 5 }", "{total: 5, by_agent: {claude: 2}}", "{note: 'a, b'}"), Comment)
            .Select((map, comment) => Lines(k => new[] { $"{k}: {map}{comment}" }))),
        (1, Gen.Select(Word, Word).Select((first, second) => Lines(k => new[] { $"{k}: {first}", $"  {second}" }))));

    /// <summary>Lines between entries: usually none, else comments, blank or whitespace-only lines.</summary>
    private static readonly Gen<string[]> Separators = Gen.Frequency(
        (3, Gen.Const(Array.Empty<string>())),
        (2, Gen.Frequency(
            (2, Word.Select(w => "# " + w)),
            (1, LineText.Select(t => "#" + t)),
            (1, Gen.OneOfConst(string.Empty, "   "))).Array[1, 2]));

    private static readonly Gen<string> BodyLine = Gen.Frequency(
        (2, Gen.OneOfConst("---", "...", "--- ", "# Heading", "status: done", string.Empty, "  indented", "<!-- AI_CONTEXT_START -->")),
        (2, Word),
        (2, LineText));

    private static readonly Gen<(string Open, string Close, string[] Body, bool FinalNewLine)> Frame =
        Gen.Select(Gen.OneOfConst("---", "---  "), Gen.OneOfConst("---", "---", "..."), BodyLine.Array[0, 5], Gen.Frequency((4, Gen.Const(true)), (1, Gen.Const(false))));

    /// <summary>A whole task file's text (no BOM; the BOM is a separate flag on the parse).</summary>
    public static readonly Gen<string> Document = Build(Keys, Shape, Gen.Const<Func<string, string>>(k => k), Array.Empty<string>());

    /// <summary>The keys the source generator's scanner reads.</summary>
    public static readonly string[] ScannedKeys = { "id", "type", "title", "status", "epic", "parent" };

    /// <summary>How a key may be written: plain, quoted, escaped, with an anchor or a tag.</summary>
    private static readonly Gen<Func<string, string>> KeySpelling = Gen.Frequency(
        (6, Gen.Const<Func<string, string>>(k => k)),
        (1, Gen.Const<Func<string, string>>(k => "'" + k + "'")),
        (1, Gen.Const<Func<string, string>>(k => "\"" + k + "\"")),
        (1, Gen.Const<Func<string, string>>(k => "\"\\x" + ((int)k[0]).ToString("x2", CultureInfo.InvariantCulture) + k.Substring(1) + "\"")),
        (1, Gen.Const<Func<string, string>>(k => "&key" + k.Length + " " + k)),
        (1, Gen.Const<Func<string, string>>(k => "!!str " + k)));

    /// <summary>Node properties before a value: anchors and tags.</summary>
    private static readonly Gen<string> ValueProperties = Gen.OneOfConst("&v ", "!!str ", "!custom ", "&w !!str ", "!<tag:yaml.org,2002:str> ");

    /// <summary>Entry shapes plus the ones only a full YAML parser reads: properties, aliases, values spanning lines.</summary>
    private static readonly Gen<Func<string, string[]>> ScannedShape = Gen.Frequency(
        (8, Shape),
        (4, Gen.Select(ValueProperties, Scalar, Comment).Select((properties, value, comment) => Lines(k => new[] { $"{k}: {properties}{value}{comment}" }))),
        (1, Gen.Const(Lines(k => new[] { $"{k}: *base" }))),
        (1, Gen.Select(Word, Word, Gen.Bool).Select((a, b, single) => Lines(k => single ? new[] { $"{k}: '{a}", $"  {b}'" } : new[] { $"{k}: \"{a}", $"  {b}\"" }))),
        (1, Gen.Select(Word, Word).Select((a, b) => Lines(k => new[] { $"{k}:", $"  {a}", $"  {b}" }))));

    /// <summary>
    /// Task files for the scanner parity test: the scanned keys among others, spelled and shaped every way above; an
    /// anchored value at the top for aliases to name; sometimes the whole frontmatter as one flow mapping.
    /// </summary>
    public static readonly Gen<string> ScannerDocument = Gen.Frequency(
        (12, Build(ScannedKeys.Concat(new[] { "labels", "custom", "x-note" }).ToArray(), ScannedShape, KeySpelling, new[] { "x-base: &base Base-1" })),
        (1, Gen.Select(Word, Word).Select((id, title) => $"---\n{{id: {id}, title: '{title}', type: task}}\n---\nbody\n")));

    private static Gen<string> Build(string[] keyPool, Gen<Func<string, string[]>> shape, Gen<Func<string, string>> spelling, string[] prelude) =>
        Gen.Select(Gen.Shuffle(keyPool), Gen.Int[0, keyPool.Length], Gen.Select(shape, spelling).Array[keyPool.Length], Separators.Array[keyPool.Length + 1], Gen.Bool, Frame)
            .Select((keys, count, shapes, separators, crlf, frame) =>
            {
                var lines = new List<string> { frame.Open };
                lines.AddRange(prelude);
                for (var i = 0; i < count; i++)
                {
                    lines.AddRange(separators[i]);
                    lines.AddRange(shapes[i].Item1(shapes[i].Item2(keys[i])));
                }

                lines.AddRange(separators[keyPool.Length]);
                lines.Add(frame.Close);
                lines.AddRange(frame.Body);
                var newLine = crlf ? "\r\n" : "\n";
                return string.Join(newLine, lines) + (frame.FinalNewLine ? newLine : string.Empty);
            });

    /// <summary>A double-quoted YAML scalar, escaped independently of the editor's own writer.</summary>
    public static string DoubleQuote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\ufeff' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    private static Func<string, string[]> Lines(Func<string, string[]> lines) => lines;
}
