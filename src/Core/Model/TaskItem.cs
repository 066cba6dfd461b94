using System.Globalization;
using Trackdown.Core.Parsing;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Model;

/// <summary>
/// The typed view of a task's frontmatter. Lenient by design: a field of the wrong type reads as null here, and the schema
/// validator reports it with its position.
/// </summary>
public sealed class TaskItem
{
    private readonly Lazy<TaskDocument> document;

    private TaskItem(TaskDocument document)
    {
        this.document = new Lazy<TaskDocument>(() => document);
        FilePath = document.FilePath;
    }

    /// <summary>An item read from the cache: the file is parsed only if someone asks for its document.</summary>
    private TaskItem(string filePath)
    {
        document = new Lazy<TaskDocument>(() => TaskFileParser.ReadFile(filePath), LazyThreadSafetyMode.ExecutionAndPublication);
        FilePath = filePath;
    }

    /// <summary>The parsed file, with positions and body. For cached items it is read on first use.</summary>
    public TaskDocument Document => document.Value;

    public string FilePath { get; }

    public string? Id { get; private set; }

    public string? TypeName { get; private set; }

    public TaskType? Type => TaskTypes.TryParse(TypeName, out var type) ? type : null;

    public string? Title { get; private set; }

    public string? Status { get; private set; }

    public string? Epic { get; private set; }

    public string? Parent { get; private set; }

    public IReadOnlyList<string> DependsOn { get; private set; } = Array.Empty<string>();

    public string? Assignee { get; private set; }

    public string? Priority { get; private set; }

    public DateTimeOffset? Created { get; private set; }

    public DateTimeOffset? Updated { get; private set; }

    public IReadOnlyList<string> Labels { get; private set; } = Array.Empty<string>();

    public double? Estimate { get; private set; }

    public long? TokenBudget { get; private set; }

    public long? TokenUsageTotal { get; private set; }

    public string Body => Document.Body;

    internal static TaskItem FromCache(string filePath, CachedFields f) => new(filePath)
    {
        Id = f.Id,
        TypeName = f.TypeName,
        Title = f.Title,
        Status = f.Status,
        Epic = f.Epic,
        Parent = f.Parent,
        DependsOn = f.DependsOn,
        Assignee = f.Assignee,
        Priority = f.Priority,
        Created = f.Created,
        Updated = f.Updated,
        Labels = f.Labels,
        Estimate = f.Estimate,
        TokenBudget = f.TokenBudget,
        TokenUsageTotal = f.TokenUsageTotal,
    };

    internal CachedFields ToCache() => new(Id, TypeName, Title, Status, Epic, Parent, DependsOn, Assignee, Priority, Created, Updated, Labels, Estimate, TokenBudget, TokenUsageTotal);

    internal static TaskItem From(TaskDocument document, YamlMapping map) => new(document)
    {
        Id = Text(map["id"]),
        TypeName = Text(map["type"]),
        Title = Text(map["title"]),
        Status = Text(map["status"]),
        Epic = Text(map["epic"]),
        Parent = Text(map["parent"]),
        DependsOn = TextList(map["depends_on"]),
        Assignee = Text(map["assignee"]),
        Priority = Text(map["priority"]),
        Created = Date(map["created"]),
        Updated = Date(map["updated"]),
        Labels = TextList(map["labels"]),
        Estimate = Number(map["estimate"]),
        TokenBudget = Integer(map["token_budget"]),
        TokenUsageTotal = Integer((map["token_usage"] as YamlMapping)?["total"]),
    };

    internal static string? Text(YamlValue? value)
        => value is YamlScalar scalar && !scalar.IsNull ? scalar.Value : null;

    internal static IReadOnlyList<string> TextList(YamlValue? value)
    {
        if (value is not YamlSequence sequence)
        {
            return Array.Empty<string>();
        }

        var list = new List<string>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (Text(item) is { } text)
            {
                list.Add(text);
            }
        }

        return list;
    }

    internal static DateTimeOffset? Date(YamlValue? value)
        => Text(value) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    internal static double? Number(YamlValue? value)
        => value is YamlScalar { Style: YamlScalarStyle.Plain } scalar && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    internal static long? Integer(YamlValue? value)
        => value is YamlScalar { Style: YamlScalarStyle.Plain } scalar && long.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}

/// <summary>The fields the read cache stores for an item: everything but positions and the body.</summary>
internal sealed record CachedFields(
    string? Id,
    string? TypeName,
    string? Title,
    string? Status,
    string? Epic,
    string? Parent,
    IReadOnlyList<string> DependsOn,
    string? Assignee,
    string? Priority,
    DateTimeOffset? Created,
    DateTimeOffset? Updated,
    IReadOnlyList<string> Labels,
    double? Estimate,
    long? TokenBudget,
    long? TokenUsageTotal);
