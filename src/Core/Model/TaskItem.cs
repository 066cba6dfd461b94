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
    private TaskItem(TaskDocument document) => Document = document;

    public TaskDocument Document { get; }

    public string FilePath => Document.FilePath;

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
