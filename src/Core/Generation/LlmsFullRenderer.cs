using System.Text;
using Trackdown.Core.Model;

namespace Trackdown.Core.Generation;

/// <summary>Renders <c>docs/llms-full.txt</c>: every open item in full (fields and body), epics first, then by id.</summary>
public static class LlmsFullRenderer
{
    public static string Render(ProjectSnapshot snapshot, string root)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(MarkdownText.Escape(snapshot.Options.ProjectName)).Append(" — full task context\n\n");
        text.Append("> Every open item in full: fields, then the markdown body as written. Last change ")
            .Append(MarkdownText.Date(snapshot.LastChange)).Append(".\n");
        foreach (var item in snapshot.Open)
        {
            text.Append("\n## ").Append(item.Id).Append(": ").Append(MarkdownText.Escape(item.Title)).Append("\n\n");
            text.Append("- file: ").Append(MarkdownText.Path(item, root)).Append('\n');
            Field(text, "type", item.TypeName);
            Field(text, "status", item.Status);
            Field(text, "epic", item.Epic);
            Field(text, "parent", item.Parent);
            Field(text, "depends_on", item.DependsOn.Count == 0 ? null : string.Join(", ", item.DependsOn));
            Field(text, "assignee", item.Assignee);
            Field(text, "priority", item.Priority);
            Field(text, "labels", item.Labels.Count == 0 ? null : string.Join(", ", item.Labels));
            text.Append('\n').Append(item.Body.Replace("\r\n", "\n").Trim()).Append('\n');
        }

        return text.ToString();
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        if (value is not null)
        {
            text.Append("- ").Append(name).Append(": ").Append(value).Append('\n');
        }
    }
}
