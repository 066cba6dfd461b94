using Trackdown.Core.Model;

namespace Trackdown.Core.Querying;

/// <summary>One line that matched: 1-based line number in the file and the trimmed line text.</summary>
public sealed record SearchHit(int Line, string Text);

/// <summary>A task whose title or body contains the query, with the matching body lines.</summary>
public sealed record SearchResult(TaskItem Item, bool TitleMatched, IReadOnlyList<SearchHit> Hits);

/// <summary>Case-insensitive substring search over titles and bodies; titles rank first, then by hit count, then id.</summary>
public static class TaskSearch
{
    public const int MaxHitsPerTask = 5;

    public static IReadOnlyList<SearchResult> Run(IEnumerable<TaskItem> items, string query)
    {
        var results = new List<SearchResult>();
        if (query.Length == 0)
        {
            return results;
        }

        foreach (var item in items)
        {
            var titleMatched = item.Title?.IndexOf(query, StringComparison.OrdinalIgnoreCase) >= 0;
            var hits = BodyHits(item, query);
            if (titleMatched || hits.Count > 0)
            {
                results.Add(new SearchResult(item, titleMatched, hits));
            }
        }

        return results
            .OrderByDescending(r => r.TitleMatched)
            .ThenByDescending(r => r.Hits.Count)
            .ThenBy(r => r.Item.Id, IdComparer.Instance)
            .ToList();
    }

    private static IReadOnlyList<SearchHit> BodyHits(TaskItem item, string query)
    {
        var doc = item.Document;
        var hits = new List<SearchHit>();
        var at = doc.Text.IndexOf(query, doc.BodyOffset, StringComparison.OrdinalIgnoreCase);
        var lastLine = 0;
        while (at >= 0 && hits.Count < MaxHitsPerTask)
        {
            var position = doc.Lines.At(at);
            if (position.Line != lastLine)
            {
                var start = doc.Lines.LineStart(position.Line);
                var end = doc.Text.IndexOf('\n', start);
                var line = doc.Text.Substring(start, (end < 0 ? doc.Text.Length : end) - start).Trim();
                hits.Add(new SearchHit(position.Line, line));
                lastLine = position.Line;
            }

            at = doc.Text.IndexOf(query, at + query.Length, StringComparison.OrdinalIgnoreCase);
        }

        return hits;
    }
}
