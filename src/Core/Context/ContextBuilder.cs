using System.Globalization;
using System.Text;
using Trackdown.Core.Model;
using Trackdown.Core.Repository;
using Trackdown.Core.Tokens;

namespace Trackdown.Core.Context;

public enum ContextFormat
{
    /// <summary>Sections wrapped in XML-style tags, as Anthropic recommends for Claude.</summary>
    Claude,

    /// <summary>Sections under markdown headings.</summary>
    Gpt4,
}

/// <summary>What <c>trackdown context</c> was asked for.</summary>
public sealed record ContextRequest(ContextFormat Format, int MaxTokens, int Depth, bool IncludeHistory);

/// <summary>The assembled context: its text, its token count and what was cut to fit.</summary>
public sealed record ContextResult(string Text, int Tokens, IReadOnlyList<string> LeftOut);

/// <summary>
/// Assembles what an agent needs for one item and never exceeds the token limit. Sections carry a drop rank: first the
/// history goes, then code references, then distant relations, then the bodies of relations, then the item's own body;
/// the item's AI_CONTEXT block, its fields and its direct relations' summaries stay. The last line says what was left out.
/// </summary>
public static class ContextBuilder
{
    private sealed record Section(string Tag, string Title, string Attributes, string Content, int DropRank, string LeftOutLabel);

    public static ContextResult Build(TaskSet set, TaskItem item, ContextRequest request, IReadOnlyList<TokenEntry> history, IReadOnlyList<string> codeReferences, Func<string, int> countTokens, IReadOnlyList<string>? commits = null)
    {
        var sections = new List<Section>();
        var aiContext = AiContextBlock.Extract(item.Body);
        if (aiContext.Length > 0)
        {
            sections.Add(new Section("ai_context", $"{item.Id}: what to know first", string.Empty, aiContext, 0, string.Empty));
        }

        sections.Add(new Section("fields", $"{item.Id}: {item.Title}", $" id=\"{item.Id}\"", Fields(item), 0, string.Empty));
        var body = AiContextBlock.Without(item.Body);
        if (body.Length > 0)
        {
            sections.Add(new Section("body", $"{item.Id}: description", string.Empty, body, 1, "the item's own body"));
        }

        foreach (var (related, relation, depth) in Relations(set, item, request.Depth))
        {
            var summary = Fields(related) + AiContextLine(related);
            var relatedBody = AiContextBlock.Without(related.Body);
            var distant = depth > 1;
            sections.Add(new Section("related", $"{relation}: {related.Id} {related.Title}", $" id=\"{related.Id}\" relation=\"{relation}\" depth=\"{depth}\"", summary, distant ? 3 : 0, $"{relation} {related.Id}"));
            if (relatedBody.Length > 0)
            {
                sections.Add(new Section("related_body", $"{related.Id}: description", $" id=\"{related.Id}\"", relatedBody, distant ? 3 : 2, $"body of {related.Id}"));
            }
        }

        if (codeReferences.Count > 0)
        {
            sections.Add(new Section("code_references", "Code that references it", string.Empty, string.Join("\n", codeReferences), 4, "code references"));
        }

        if (request.IncludeHistory && (history.Count > 0 || commits is { Count: > 0 }))
        {
            var lines = history.OrderByDescending(e => e.Time).Take(20).Select(e => $"{e.Time.UtcDateTime:yyyy-MM-dd HH:mm} {e.Agent ?? "?"} {e.Total.ToString(CultureInfo.InvariantCulture)} tokens{(e.Operation is null ? string.Empty : ": " + e.Operation)}");
            sections.Add(new Section("history", "History", string.Empty, string.Join("\n", (commits ?? Array.Empty<string>()).Take(20).Concat(lines)), 5, "history"));
        }

        var kept = sections.ToList();
        var leftOut = new List<string>();
        var text = Render(kept, leftOut, request.Format);
        var tokens = countTokens(text);
        while (tokens > request.MaxTokens)
        {
            var drop = kept.Where(s => s.DropRank > 0).OrderByDescending(s => s.DropRank).ThenByDescending(kept.IndexOf).FirstOrDefault();
            if (drop is null)
            {
                text = Truncate(text, request.MaxTokens, countTokens, request.Format, leftOut);
                return new ContextResult(text, countTokens(text), leftOut);
            }

            kept.Remove(drop);
            leftOut.Add(drop.LeftOutLabel);
            text = Render(kept, leftOut, request.Format);
            tokens = countTokens(text);
        }

        return new ContextResult(text, tokens, leftOut);
    }

    /// <summary>Direct and indirect relations (epic, parent, dependencies, children), breadth-first to the depth, each once.</summary>
    private static IEnumerable<(TaskItem Item, string Relation, int Depth)> Relations(TaskSet set, TaskItem root, int maxDepth)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.Id! };
        var frontier = new List<TaskItem> { root };
        for (var depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
        {
            var next = new List<TaskItem>();
            foreach (var current in frontier)
            {
                var links = new List<(string? Id, string Relation)> { (current.Epic, "epic"), (current.Parent, "parent") };
                links.AddRange(current.DependsOn.Select(d => ((string?)d, "dependency")));
                links.AddRange(set.Items.Where(i => i.Parent == current.Id || (i.Epic == current.Id && i.Parent is null)).OrderBy(i => i.Id, IdComparer.Instance).Select(i => ((string?)i.Id, "child")));
                foreach (var (id, relation) in links)
                {
                    if (id is not null && set.Find(id) is { } found && seen.Add(id))
                    {
                        next.Add(found);
                        yield return (found, relation, depth);
                    }
                }
            }

            frontier = next;
        }
    }

    private static string Fields(TaskItem item)
    {
        var lines = new StringBuilder();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                lines.Append(name).Append(": ").Append(value).Append('\n');
            }
        }

        Add("id", item.Id);
        Add("type", item.TypeName);
        Add("title", item.Title);
        Add("status", item.Status);
        Add("priority", item.Priority);
        Add("assignee", item.Assignee);
        Add("epic", item.Epic);
        Add("parent", item.Parent);
        Add("depends_on", item.DependsOn.Count == 0 ? null : string.Join(", ", item.DependsOn));
        Add("labels", item.Labels.Count == 0 ? null : string.Join(", ", item.Labels));
        return lines.ToString().TrimEnd('\n');
    }

    private static string AiContextLine(TaskItem item)
    {
        var context = AiContextBlock.Extract(item.Body);
        return context.Length == 0 ? string.Empty : "\ncontext: " + context.Replace("\r\n", "\n").Replace("\n", " ");
    }

    private static string Render(IReadOnlyList<Section> sections, IReadOnlyList<string> leftOut, ContextFormat format)
    {
        var text = new StringBuilder();
        foreach (var s in sections)
        {
            if (format == ContextFormat.Claude)
            {
                text.Append('<').Append(s.Tag).Append(s.Attributes).Append(">\n").Append(s.Content).Append("\n</").Append(s.Tag).Append(">\n\n");
            }
            else
            {
                text.Append("## ").Append(s.Title).Append("\n\n").Append(s.Content).Append("\n\n");
            }
        }

        var note = leftOut.Count == 0 ? "Nothing was left out." : "Left out to fit the token limit: " + string.Join(", ", leftOut) + ".";
        text.Append(format == ContextFormat.Claude ? $"<!-- {note} -->" : $"_{note}_").Append('\n');
        return text.ToString();
    }

    /// <summary>Even the essentials are too long: cut the text (keeping the closing note) to the largest prefix that fits.</summary>
    private static string Truncate(string text, int maxTokens, Func<string, int> countTokens, ContextFormat format, List<string> leftOut)
    {
        leftOut.Add("the end of the essential sections");
        var note = format == ContextFormat.Claude ? $"\n<!-- Left out to fit the token limit: {string.Join(", ", leftOut)}. -->\n" : $"\n_Left out to fit the token limit: {string.Join(", ", leftOut)}._\n";
        int low = 0, high = text.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (countTokens(text.Substring(0, middle) + note) <= maxTokens)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return text.Substring(0, low) + note;
    }
}
