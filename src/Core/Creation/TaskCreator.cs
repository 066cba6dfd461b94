using System.Globalization;
using Trackdown.Core.Editing;
using Trackdown.Core.Model;
using Trackdown.Core.Parsing;
using Trackdown.Core.Repository;
using Trackdown.Core.Templates;

namespace Trackdown.Core.Creation;

/// <summary>
/// Creates a task file: checks the references, claims the next id, fills the template with the surgical editor (so a
/// custom template's own keys and comments survive) and writes the file exclusively, never over an existing one.
/// </summary>
public static class TaskCreator
{
    public static CreatedTask Create(TrackdownWorkspace workspace, TaskSet existing, CreateRequest request, DateTimeOffset now)
    {
        var title = request.Title.Trim();
        if (title.Length == 0)
        {
            throw new TaskRequestException("The title is empty. Give the task a title.");
        }

        var epic = request.Epic;
        if (request.Parent is { } parentId)
        {
            var parent = Require(existing, parentId, TaskType.Issue, "--parent");
            epic ??= parent.Epic; // a task belongs to its issue's epic unless told otherwise
        }

        if (request.Epic is { } epicId)
        {
            Require(existing, epicId, TaskType.Epic, "--epic");
        }

        foreach (var dependency in request.DependsOn)
        {
            Require(existing, dependency, null, "--depends-on");
        }

        var (templateText, templatePath) = TemplateStore.Load(workspace, request.Type);
        using var claim = IdAllocator.Claim(workspace.TasksDirectory, workspace.Config.Project.IdPrefix, request.Type);
        var path = Path.Combine(workspace.FolderFor(request.Type), claim.Id + "-" + Slug.From(title) + ".md");
        var template = TaskFileParser.Parse(path, templateText);
        if (!template.IsEditable)
        {
            var problem = template.Diagnostics.First(d => d.IsError);
            throw new TaskRequestException($"The template '{templatePath ?? "built-in"}' cannot be used: line {problem.Line}: {problem.Message}");
        }

        var stamp = now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var editor = new FrontmatterEditor(template)
            .Set("id", claim.Id)
            .Set("type", request.Type.Name())
            .Set("title", title)
            .Set("status", request.Status ?? workspace.Config.Workflows.Default.Statuses.First());
        SetIfGiven(editor, "epic", request.Type == TaskType.Epic ? null : epic);
        SetIfGiven(editor, "parent", request.Parent);
        SetIfGiven(editor, "assignee", request.Assignee);
        SetIfGiven(editor, "priority", request.Priority);
        if (request.Labels.Count > 0)
        {
            editor.SetList("labels", request.Labels);
        }

        if (request.DependsOn.Count > 0)
        {
            editor.SetList("depends_on", request.DependsOn);
        }

        if (request.Estimate is { } estimate)
        {
            editor.SetNumber("estimate", estimate);
        }

        if (request.TokenBudget is { } budget)
        {
            editor.SetNumber("token_budget", budget);
        }

        editor.Set("created", stamp).Set("updated", stamp);
        var frontmatterAndBody = editor.ToText();
        var bodyStart = TaskFileParser.Parse(path, frontmatterAndBody).BodyOffset;
        var text = frontmatterAndBody.Substring(0, bodyStart) + TemplateStore.FillBody(frontmatterAndBody.Substring(bodyStart), claim.Id, title, request.Type);
        if (!AtomicFile.TryCreateNew(path, text, withBom: false))
        {
            throw new IOException($"'{path}' already exists; nothing was written.");
        }

        return new CreatedTask(claim.Id, path);
    }

    private static void SetIfGiven(FrontmatterEditor editor, string key, string? value)
    {
        if (value is not null)
        {
            editor.Set(key, value);
        }
    }

    private static TaskItem Require(TaskSet set, string id, TaskType? type, string option)
    {
        var item = set.Find(id) ?? throw new TaskRequestException($"{option} names '{id}', but no task has that id. Check the id with 'dotnet trackdown list'.");
        if (type is { } expected && item.Type != expected)
        {
            throw new TaskRequestException($"{option} names '{id}', which is not {(expected == TaskType.Epic ? "an epic" : "an issue")}. Name {(expected == TaskType.Epic ? "an epic" : "an issue")} instead.");
        }

        return item;
    }
}
