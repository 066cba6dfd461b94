namespace Trackdown.Build.Tasks.Tests;

/// <summary>A throw-away repository with an <c>.ai-trackdown/</c> marker and a few valid tasks.</summary>
internal sealed class TempRepo : IDisposable
{
    public TempRepo()
    {
        Root = Directory.CreateTempSubdirectory("trackdown-tasks-").FullName;
        Directory.CreateDirectory(System.IO.Path.Combine(Root, ".ai-trackdown"));
        Write("tasks/epics/EPIC-001-e.md", "---\nid: EPIC-001\ntype: epic\ntitle: E\nstatus: in-progress\ntoken_budget: 1000\n---\nEpic\n");
        Write("tasks/issues/ISSUE-001-i.md", "---\nid: ISSUE-001\ntype: issue\ntitle: I\nstatus: todo\nepic: EPIC-001\n---\nIssue\n");
    }

    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public string Write(string relative, string text)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public Microsoft.Build.Framework.ITaskItem[] Items()
        => Directory.GetFiles(Path("tasks"), "*.md", SearchOption.AllDirectories).Select(f => (Microsoft.Build.Framework.ITaskItem)new Microsoft.Build.Utilities.TaskItem(f)).ToArray();

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
