using Trackdown.Core.Model;
using Trackdown.Core.Repository;

namespace Trackdown.Core.Templates;

/// <summary>Finds the template for a type: <c>.ai-trackdown/templates/{type}.md</c> when present, else the built-in one.</summary>
public static class TemplateStore
{
    public static string PathFor(TrackdownWorkspace workspace, TaskType type)
        => Path.Combine(workspace.ConfigDirectory, "templates", type.Name() + ".md");

    public static string BuiltIn(TaskType type) => BuiltInTemplates.For(type).Replace("\r\n", "\n");

    /// <summary>The template text and where it came from (null for the built-in one).</summary>
    public static (string Text, string? Path) Load(TrackdownWorkspace workspace, TaskType type)
    {
        var path = PathFor(workspace, type);
        return File.Exists(path) ? (File.ReadAllText(path), path) : (BuiltIn(type), null);
    }

    public static string FillBody(string body, string id, string title, TaskType type)
        => body.Replace("{{id}}", id).Replace("{{title}}", title).Replace("{{type}}", type.Name());
}
