using System.Globalization;
using System.Text;
using Trackdown.Core.Config;
using Trackdown.Core.Diagnostics;
using Trackdown.Core.Repository;
using Trackdown.Core.Validation;

namespace Trackdown.Benchmarks;

/// <summary>
/// Writes a realistic, valid repository of N items: 2% epics, 28% issues, 70% tasks, with <c>epic</c>/<c>parent</c>
/// references, acyclic <c>depends_on</c> lists (only to lower-numbered items of the same type), flow and block label
/// lists, quoted assignees, comments, unknown keys and 0.5–3 KB markdown bodies with an AI_CONTEXT block, headings and
/// lists. Deterministic for a seed (same bytes every time), so figures are comparable run to run.
/// </summary>
public static class SyntheticRepository
{
    /// <summary>The default workflow's statuses, which every generated item uses.</summary>
    public static readonly IReadOnlyList<string> Statuses = new[] { "todo", "in-progress", "in-review", "done", "blocked" };

    private static readonly string[] Priorities = { "low", "medium", "high", "critical" };
    private static readonly string[] People = { "@alice", "@bob", "@carol", "@dave", "@erin", "@frank", "@grace", "@heidi" };
    private static readonly string[] Labels = { "auth", "ui", "api", "perf", "docs", "infra", "bug", "tech-debt", "security", "ux" };
    private static readonly string[] Agents = { "claude", "copilot", "codex" };
    private static readonly string[] Words =
        ("the login form token cache build schema agent budget index query render parse commit branch sync issue epic task "
        + "graph file review deploy session user password reset email template config workflow status report export import "
        + "search filter sort page table column api endpoint client server retry timeout queue worker job log metric alert")
        .Split(' ');

    /// <summary>Writes <paramref name="count"/> items under <c><paramref name="root"/>/tasks</c> and an empty <c>.ai-trackdown/</c>.</summary>
    public static void Generate(string root, int count, int seed = 42)
    {
        if (count < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "At least 3 items (one of each type).");
        }

        var tasksDir = Path.Combine(root, "tasks");
        if (Directory.Exists(tasksDir) && Directory.EnumerateFiles(tasksDir, "*.md", SearchOption.AllDirectories).Any())
        {
            throw new IOException($"'{tasksDir}' already holds task files; generate into an empty folder.");
        }

        // No config file: a missing .ai-trackdown/config.yaml means all defaults, and the folder marks the root for the CLI.
        Directory.CreateDirectory(Path.Combine(root, RepositoryLocator.ConfigFolder));
        foreach (var folder in new[] { "epics", "issues", "tasks" })
        {
            Directory.CreateDirectory(Path.Combine(tasksDir, folder));
        }

        var random = new Random(seed);
        var epics = Math.Max(1, count * 2 / 100);
        var issues = Math.Max(1, count * 28 / 100);
        var tasks = count - epics - issues;
        var start = new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);

        for (var i = 1; i <= epics; i++)
        {
            var budget = random.Next(50, 500) * 1000;
            Write(root, random, "epic", "EPIC", i, start, fields =>
            {
                fields.Append("token_budget: ").Append(budget).Append('\n');
            });
        }

        var issueEpic = new int[issues + 1];
        for (var i = 1; i <= issues; i++)
        {
            var epic = issueEpic[i] = random.Next(1, epics + 1);
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
                if (random.Next(5) == 0)
                {
                    var agent = Agents[random.Next(Agents.Length)];
                    var used = random.Next(100, 2000);
                    fields.Append("token_usage:\n  total: ").Append(used).Append("\n  by_agent:\n    ").Append(agent).Append(": ").Append(used).Append('\n');
                }
            });
        }
    }

    /// <summary>
    /// Every problem the repository has: each file's read diagnostics, the graph checks and the full validation (schema
    /// included) with the default configuration. Empty for anything <see cref="Generate"/> wrote.
    /// </summary>
    public static IReadOnlyList<TrackdownDiagnostic> Verify(string root)
    {
        var set = TaskSet.Load(Path.Combine(root, "tasks"));
        return set.Documents.SelectMany(d => d.Diagnostics)
            .Concat(GraphValidator.Validate(set, Statuses.ToArray()))
            .Concat(RepositoryValidator.Validate(set, TrackdownConfig.Default, Array.Empty<TrackdownDiagnostic>()))
            .Distinct()
            .ToList();
    }

    private static void DependsOn(StringBuilder fields, Random random, string word, int number)
    {
        // Only lower numbers of the same type: a realistic graph with no cycles.
        if (number <= 1 || random.Next(4) != 0)
        {
            return;
        }

        var deps = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Math.Max(1, number - random.Next(1, 60))).Distinct().Select(n => Id(word, n)).ToList();
        if (random.Next(3) == 0)
        {
            fields.Append("depends_on:\n");
            foreach (var dep in deps)
            {
                fields.Append("  - ").Append(dep).Append('\n');
            }
        }
        else
        {
            fields.Append("depends_on: [").Append(string.Join(", ", deps)).Append("]\n");
        }
    }

    private static string Id(string word, int number) => word + "-" + number.ToString("000", CultureInfo.InvariantCulture);

    private static string Date(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Write(string root, Random random, string type, string word, int number, DateTimeOffset start, Action<StringBuilder> extra)
    {
        var id = Id(word, number);
        var title = Sentence(random, random.Next(3, 8));
        var created = start.AddMinutes(random.Next(0, 300_000));
        var updated = random.Next(10) == 0 ? created : created.AddMinutes(random.Next(1, 20_000));
        var text = new StringBuilder(4096);
        text.Append("---\n");
        if (random.Next(10) == 0)
        {
            text.Append("# Imported from the old tracker; keep the x_ keys.\n");
        }

        text.Append("id: ").Append(id).Append('\n');
        text.Append("type: ").Append(type).Append('\n');
        text.Append("title: ").Append(title).Append('\n');
        text.Append("status: ").Append(Statuses[random.Next(Statuses.Count)]);
        text.Append(random.Next(20) == 0 ? "  # waiting on review capacity\n" : "\n");
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

        var estimate = random.Next(4) == 0 ? (random.Next(1, 9) + 0.5).ToString("0.0", CultureInfo.InvariantCulture) : random.Next(1, 14).ToString(CultureInfo.InvariantCulture);
        text.Append("estimate: ").Append(estimate).Append('\n');
        text.Append("created: ").Append(Date(created)).Append('\n');
        text.Append("updated: ").Append(Date(updated)).Append('\n');
        switch (random.Next(12))
        {
            case 0:
                text.Append("x_team: platform   # an unknown key, kept as written\n");
                break;
            case 1:
                text.Append("x_customer: \"ACME Corp\"\nx_severity: 2\n");
                break;
            case 2:
                text.Append("x_links:\n  design: https://example.com/designs/").Append(number).Append("\n  runbook: docs/runbooks/").Append(word.ToLowerInvariant()).Append(".md\n");
                break;
        }

        text.Append("---\n");
        var frontmatterLength = text.Length;
        text.Append("# ").Append(title).Append("\n\n");
        text.Append("<!-- AI_CONTEXT_START -->\n").Append(Sentence(random, random.Next(15, 35))).Append(".\n");
        text.Append("Key files: `src/").Append(Words[random.Next(Words.Length)]).Append('/').Append(Capitalise(Words[random.Next(Words.Length)])).Append(".cs`.\n");
        text.Append("<!-- AI_CONTEXT_END -->\n\n## Description\n\n");

        // Body (everything after the closing fence) between 0.5 and 3 KB: add chunks while they fit, then short sentences.
        var closing = "\nSee " + (word == "EPIC" ? "the issues of this epic" : "the epic") + " for context.\n";
        var bodyTarget = random.Next(600, 3000) - closing.Length;
        var section = 0;
        var chunk = new StringBuilder();
        while (text.Length - frontmatterLength < bodyTarget - 60)
        {
            chunk.Clear();
            chunk.Append(Sentence(random, random.Next(8, 20))).Append(". ").Append(Sentence(random, random.Next(6, 14))).Append(".\n");
            switch (random.Next(5))
            {
                case 0:
                    chunk.Append("\n- ").Append(Sentence(random, 5)).Append("\n- ").Append(Sentence(random, 6)).Append("\n  - ").Append(Sentence(random, 4)).Append("\n\n");
                    break;
                case 1 when section < 2:
                    chunk.Append("\n## ").Append(section++ == 0 ? "Acceptance criteria" : "Notes").Append("\n\n");
                    for (var k = random.Next(2, 5); k > 0; k--)
                    {
                        chunk.Append("- [").Append(random.Next(3) == 0 ? 'x' : ' ').Append("] ").Append(Sentence(random, random.Next(4, 9))).Append('\n');
                    }

                    chunk.Append('\n');
                    break;
                case 2:
                    chunk.Append("\n1. ").Append(Sentence(random, 6)).Append("\n2. ").Append(Sentence(random, 7)).Append("\n\n");
                    break;
            }

            if (text.Length - frontmatterLength + chunk.Length > bodyTarget)
            {
                chunk.Clear().Append(Sentence(random, random.Next(3, 6))).Append(".\n");
            }

            text.Append(chunk);
        }

        text.Append(closing);
        var slug = string.Join("-", title.ToLowerInvariant().Split(' ').Take(5));
        File.WriteAllText(Path.Combine(root, "tasks", type + "s", $"{id}-{slug}.md"), text.ToString());
    }

    private static string Sentence(Random random, int words)
    {
        var parts = new string[words];
        for (var i = 0; i < words; i++)
        {
            parts[i] = Words[random.Next(Words.Length)];
        }

        parts[0] = Capitalise(parts[0]);
        return string.Join(" ", parts);
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);
}
