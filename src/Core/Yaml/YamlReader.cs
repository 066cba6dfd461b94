using Trackdown.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Trackdown.Core.Yaml;

/// <summary>A YAML problem found while reading, located in the enclosing file.</summary>
public sealed record YamlProblem(string Id, SourceSpan Span, string Message);

/// <summary>
/// Reads one YAML document into <see cref="YamlValue"/> nodes. Positions are shifted by the origin passed in,
/// so they are relative to the whole file, not to the YAML fragment.
/// </summary>
public static class YamlReader
{
    /// <summary>
    /// Deepest nesting of collections accepted. The tree is read (and later walked) recursively, so an unbounded depth
    /// is a stack overflow that kills the CLI or the MSBuild node; real frontmatter and config nest a handful of levels.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Most nodes that aliases may stand for in one document, each alias counting every node of its target. Without
    /// aliases a document's node count is bounded by its size; with them it grows exponentially ("billion laughs"),
    /// and everything that walks the tree (schema validation, equality, rendering) would do that much work.
    /// </summary>
    public const int MaxAliasExpansion = 10_000;

    public static YamlValue? Read(string yaml, SourcePosition origin, List<YamlProblem> problems)
    {
        var parser = new Parser(new StringReader(yaml));
        var context = new ReadContext(yaml, origin);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadValue(parser, context, problems, 0, out _);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var current = parser.Current!;
                problems.Add(new YamlProblem(DiagnosticIds.YamlSyntaxError, ToSpan(current.Start, current.End, origin), "The frontmatter holds more than one YAML document. Keep a single mapping between the '---' lines."));
            }

            return root;
        }
        catch (LimitExceededException ex)
        {
            problems.Add(ex.Problem);
            return null;
        }
        catch (YamlException ex)
        {
            problems.Add(new YamlProblem(DiagnosticIds.YamlSyntaxError, ToSpan(ex.Start, ex.End, origin), Describe(ex)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this for some unclosed flow collections; point at the last event it read.
            var at = parser.Current is { } current ? ToSpan(current.Start, current.End, origin) : new SourceSpan(origin, origin);
            problems.Add(new YamlProblem(DiagnosticIds.YamlSyntaxError, at, "The frontmatter is not valid YAML: a '[', '{' or quote opened here is not closed. Close it, or quote the whole value."));
            return null;
        }
    }

    /// <summary>Reads one node; <paramref name="nodes"/> is how many nodes it stands for, aliases expanded.</summary>
    private static YamlValue ReadValue(IParser parser, ReadContext context, List<YamlProblem> problems, int depth, out long nodes)
    {
        var yaml = context.Yaml;
        var origin = context.Origin;
        var anchors = context.Anchors;
        YamlValue value;
        string anchor;
        nodes = 1;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            value = new YamlScalar(scalar.Value, StyleOf(scalar), ToSpan(scalar.Start, scalar.End, origin));
            anchor = scalar.Anchor.IsEmpty ? string.Empty : scalar.Anchor.Value;
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            CheckDepth(sequenceStart, depth, origin);
            var items = new List<YamlValue>();
            SequenceEnd? sequenceEnd;
            while (!parser.TryConsume<SequenceEnd>(out sequenceEnd!))
            {
                items.Add(ReadValue(parser, context, problems, depth + 1, out var itemNodes));
                nodes += itemNodes;
            }

            // A flow sequence ends at its ']'; a block one at its last item (its end event sits on the next key).
            var last = sequenceStart.Style == SequenceStyle.Flow ? AfterBracket(yaml, ']', sequenceEnd!, origin)
                : items.Count > 0 ? items[items.Count - 1].Span.End : ToPosition(sequenceStart.End, origin);
            value = new YamlSequence(items, sequenceStart.Style == SequenceStyle.Flow, new SourceSpan(ToPosition(sequenceStart.Start, origin), last));
            anchor = sequenceStart.Anchor.IsEmpty ? string.Empty : sequenceStart.Anchor.Value;
        }
        else if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            CheckDepth(mappingStart, depth, origin);
            var entries = new List<YamlEntry>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            MappingEnd? mappingEnd;
            while (!parser.TryConsume<MappingEnd>(out mappingEnd!))
            {
                var keyNode = ReadValue(parser, context, problems, depth + 1, out var keyNodes);
                var valueNode = ReadValue(parser, context, problems, depth + 1, out var valueNodes);
                nodes += keyNodes + valueNodes;
                if (keyNode is not YamlScalar key)
                {
                    problems.Add(new YamlProblem(DiagnosticIds.YamlSyntaxError, keyNode.Span, "A mapping key is not a plain string. Use simple 'key: value' pairs."));
                    continue;
                }

                if (!seen.Add(key.Value))
                {
                    problems.Add(new YamlProblem(DiagnosticIds.DuplicateKey, key.Span, $"Key '{key.Value}' appears more than once in this mapping. Keep one '{key.Value}' entry; YAML does not allow duplicate keys."));
                    continue;
                }

                entries.Add(new YamlEntry(key, valueNode));
            }

            var last = mappingStart.Style == MappingStyle.Flow ? AfterBracket(yaml, '}', mappingEnd!, origin)
                : entries.Count > 0 ? entries[entries.Count - 1].Value.Span.End : ToPosition(mappingStart.End, origin);
            value = new YamlMapping(entries, mappingStart.Style == MappingStyle.Flow, new SourceSpan(ToPosition(mappingStart.Start, origin), last));
            anchor = mappingStart.Anchor.IsEmpty ? string.Empty : mappingStart.Anchor.Value;
        }
        else if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw new YamlException(alias.Start, alias.End, $"Alias '*{alias.Value.Value}' names no anchor defined before it.");
            }

            nodes = target.Nodes;
            context.AliasExpansion += nodes;
            if (context.AliasExpansion > MaxAliasExpansion)
            {
                throw new LimitExceededException(new YamlProblem(DiagnosticIds.YamlAliasExpansionTooLarge, ToSpan(alias.Start, alias.End, origin), $"The frontmatter's aliases expand to more than {MaxAliasExpansion:N0} nodes ('*{alias.Value.Value}' here goes past the limit). Write the values out instead of repeating anchors."));
            }

            return target.Value;
        }
        else
        {
            var current = parser.Current!;
            throw new YamlException(current.Start, current.End, $"Unexpected YAML event {current.GetType().Name}.");
        }

        if (anchor.Length > 0)
        {
            anchors[anchor] = new Anchored(value, nodes);
        }

        return value;
    }

    private static void CheckDepth(ParsingEvent start, int depth, SourcePosition origin)
    {
        if (depth >= MaxDepth)
        {
            throw new LimitExceededException(new YamlProblem(DiagnosticIds.YamlNestingTooDeep, ToSpan(start.Start, start.End, origin), $"The frontmatter nests collections more than {MaxDepth} levels deep. Flatten the structure."));
        }
    }

    /// <summary>YamlDotNet puts a flow collection's end event at its closing bracket, not after it.</summary>
    private static SourcePosition AfterBracket(string yaml, char bracket, ParsingEvent end, SourcePosition origin)
    {
        var at = yaml.IndexOf(bracket, (int)end.Start.Index);
        var start = ToPosition(end.Start, origin);
        return at < 0 ? start : new SourcePosition(start.Line, start.Column + (at - (int)end.Start.Index) + 1, origin.Offset + at + 1);
    }

    private static YamlScalarStyle StyleOf(Scalar scalar) => scalar.Style switch
    {
        ScalarStyle.SingleQuoted => YamlScalarStyle.SingleQuoted,
        ScalarStyle.DoubleQuoted => YamlScalarStyle.DoubleQuoted,
        ScalarStyle.Literal => YamlScalarStyle.Literal,
        ScalarStyle.Folded => YamlScalarStyle.Folded,
        _ => YamlScalarStyle.Plain,
    };

    private static SourcePosition ToPosition(Mark mark, SourcePosition origin)
        => new(origin.Line + (int)mark.Line - 1, (int)mark.Column + (mark.Line == 1 ? origin.Column - 1 : 0), origin.Offset + (int)mark.Index);

    private static SourceSpan ToSpan(Mark start, Mark end, SourcePosition origin)
        => new(ToPosition(start, origin), ToPosition(end, origin));

    /// <summary>YamlDotNet prefixes messages with both marks; we report the position separately, so keep only the words.</summary>
    private static string Describe(YamlException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(", StringComparison.Ordinal) && cut > 0)
        {
            message = message.Substring(cut + 3);
        }

        message = message.Trim().TrimEnd('.');
        return $"The frontmatter is not valid YAML: {message}. Fix the YAML syntax at this position.";
    }

    private sealed record Anchored(YamlValue Value, long Nodes);

    private sealed class ReadContext
    {
        public ReadContext(string yaml, SourcePosition origin)
        {
            Yaml = yaml;
            Origin = origin;
        }

        public string Yaml { get; }

        public SourcePosition Origin { get; }

        public Dictionary<string, Anchored> Anchors { get; } = new(StringComparer.Ordinal);

        public long AliasExpansion { get; set; }
    }

    /// <summary>Stops reading at a limit: the document is reported, never partly read.</summary>
    private sealed class LimitExceededException : Exception
    {
        public LimitExceededException(YamlProblem problem)
            : base(problem.Message) => Problem = problem;

        public YamlProblem Problem { get; }
    }
}
