namespace Trackdown.Core.Model;

public enum TaskType
{
    Epic,
    Issue,
    Task,
}

public static class TaskTypes
{
    public static readonly TaskType[] All = { TaskType.Epic, TaskType.Issue, TaskType.Task };

    /// <summary>The frontmatter spelling: <c>epic</c>, <c>issue</c>, <c>task</c>.</summary>
    public static string Name(this TaskType type) => type switch
    {
        TaskType.Epic => "epic",
        TaskType.Issue => "issue",
        _ => "task",
    };

    /// <summary>The folder under <c>tasks/</c>: <c>epics</c>, <c>issues</c>, <c>tasks</c>.</summary>
    public static string Folder(this TaskType type) => type.Name() + "s";

    /// <summary>The word in ids: <c>EPIC</c>, <c>ISSUE</c>, <c>TASK</c>.</summary>
    public static string IdWord(this TaskType type) => type.Name().ToUpperInvariant();

    public static bool TryParse(string? text, out TaskType type)
    {
        switch (text)
        {
            case "epic": type = TaskType.Epic; return true;
            case "issue": type = TaskType.Issue; return true;
            case "task": type = TaskType.Task; return true;
            default: type = TaskType.Task; return false;
        }
    }
}
