using System.Globalization;
using System.Text;

namespace Trackdown.Benchmarks;

/// <summary>
/// Writes a realistic, valid repository of N tasks: 2% epics, 28% issues, 70% tasks, with references, labels, comments,
/// unknown keys and 0.5–3 KB bodies. Deterministic for a seed, so figures are comparable run to run.
/// </summary>
public static class SyntheticRepository
{
    private static readonly string[] Statuses = { "todo", "in-progress", "in-review", "done", "blocked" };
    private static readonly string[] Priorities = { "low", "medium", "high", "critical" };
    private static readonly string[] People = { "@alice", "@bob", "@carol", "@dave", "@erin" };
    private static readonly string[] Labels = { "auth", "ui", "api", "perf", "docs", "infra", "bug", "tech-debt" };
    private static readonly string[] Words = "the login form token cache build schema agent budget index query render parse commit branch sync issue epic task graph file review deploy".Split(' ');

    public static void Generate(string root, int count, int seed = 42)
    {
        var random = new Random(seed);
        var epics = Math.Max(1, count * 2 / 100);
        var issues = Math.Max(1, count * 28 / 100);
        var tasks = count - epics - issues;
        Directory.CreateDirectory(Path.Combine(root, ".ai-trackdown"));
        foreach (var folder in new[] { "epics", "issues", "tasks" })
        {
            Directory.CreateDirectory(Path.Combine(root, "tasks", folder));
        }

        var start = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
        for (var i = 1; i <= epics; i++)
        {
            Write(root, random, "epic", "EPIC", i, start, fields => fields.Append("token_budget: ").Append(random.Next(50, 500) * 1000).Append('\n'));
        }

        var issueEpic = new int[issues + 1];
        for (var i = 1; i <= issues; i++)
        {
            issueEpic[i] = random.Next(1, epics + 1);
            var epic = issueEpic[i];
            Write(root, random, "issue", "ISSUE", i, start, fields =>
            {
                fields.Append("epic: ").Append(Id("EPIC", epic)).Append('\n');
                DependsOn(fields, random, "ISSUE", i);
            });
        }

        for (var i = 1; i <= tasks; i++)
        {
            var parent = random.Next(1, issues + 1);
            Write(root, random, "task", "TASK", i, start, fields =>
            {
                fields.Append("epic: ").Append(Id("EPIC", issueEpic[parent])).Append('\n');
                fields.Append("parent: ").Append(Id("ISSUE", parent)).Append('\n');
                DependsOn(fields, random, "TASK", i);
            });
        }
    }

    private static void DependsOn(StringBuilder fields, Random random, string word, int number)
    {
        // Only lower numbers of the same type: a realistic graph with no cycles.
        if (number > 1 && random.Next(4) == 0)
        {
            var deps = Enumerable.Range(0, random.Next(1, 3)).Select(_ => random.Next(1, number)).Distinct().Select(n => Id(word, n));
            fields.Append("depends_on: [").Append(string.Join(", ", deps)).Append("]\n");
        }
    }

    private static string Id(string word, int number) => word + "-" + number.ToString("000", CultureInfo.InvariantCulture);

    private static void Write(string root, Random random, string type, string word, int number, DateTimeOffset start, Action<StringBuilder> extra)
    {
        var id = Id(word, number);
        var title = Sentence(random, random.Next(3, 8));
        var created = start.AddMinutes(random.Next(0, 300_000));
        var updated = created.AddMinutes(random.Next(0, 20_000));
        var text = new StringBuilder(3500);
        text.Append("---\n");
        if (random.Next(10) == 0)
        {
            text.Append("# generated for benchmarks\n");
        }

        text.Append("id: ").Append(id).Append('\n');
        text.Append("type: ").Append(type).Append('\n');
        text.Append("title: ").Append(title).Append('\n');
        text.Append("status: ").Append(Statuses[random.Next(Statuses.Length)]).Append('\n');
        extra(text);
        text.Append("assignee: \"").Append(People[random.Next(People.Length)]).Append("\"\n");
        text.Append("priority: ").Append(Priorities[random.Next(Priorities.Length)]).Append('\n');
        var labels = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Labels[random.Next(Labels.Length)]).Distinct().ToList();
        if (random.Next(2) == 0)
        {
            text.Append("labels: [").Append(string.Join(", ", labels)).Append("]\n");
        }
        else if (labels.Count > 0)
        {
            text.Append("labels:\n");
            foreach (var label in labels)
            {
                text.Append("  - ").Append(label).Append('\n');
            }
        }

        text.Append("estimate: ").Append(random.Next(1, 13)).Append('\n');
        text.Append("created: ").Append(created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("updated: ").Append(updated.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append('\n');
        if (random.Next(8) == 0)
        {
            text.Append("x_team: platform   # an unknown key, kept as written\n");
        }

        text.Append("---\n# ").Append(title).Append("\n\n<!-- AI_CONTEXT_START -->\n").Append(Sentence(random, 25)).Append(".\n<!-- AI_CONTEXT_END -->\n\n## Description\n\n");
        var target = random.Next(500, 3000);
        while (text.Length < target)
        {
            text.Append(Sentence(random, random.Next(8, 20))).Append(".\n");
            if (random.Next(6) == 0)
            {
                text.Append("\n- ").Append(Sentence(random, 5)).Append("\n- ").Append(Sentence(random, 6)).Append("\n\n");
            }
        }

        var slug = string.Join("-", title.ToLowerInvariant().Split(' ').Take(5));
        File.WriteAllText(Path.Combine(root, "tasks", type + "s", $"{id}-{slug}.md"), text.ToString());
    }

    private static string Sentence(Random random, int words)
    {
        var parts = Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]).ToArray();
        parts[0] = char.ToUpperInvariant(parts[0][0]) + parts[0].Substring(1);
        return string.Join(" ", parts);
    }
}
