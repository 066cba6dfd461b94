using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Trackdown.Build.Tasks.Tests;

/// <summary>The repository these tests start from (an epic and an issue), and its task files as MSBuild items.</summary>
internal static class SeededRepo
{
    public static TempRepo Create()
    {
        var repo = new TempRepo(trackdown: true);
        repo.Write("tasks/epics/EPIC-001-e.md", "---\nid: EPIC-001\ntype: epic\ntitle: E\nstatus: in-progress\ntoken_budget: 1000\n---\nEpic\n");
        repo.Write("tasks/issues/ISSUE-001-i.md", "---\nid: ISSUE-001\ntype: issue\ntitle: I\nstatus: todo\nepic: EPIC-001\n---\nIssue\n");
        return repo;
    }

    public static ITaskItem[] Items(this TempRepo repo)
        => Directory.GetFiles(repo.Tasks, "*.md", SearchOption.AllDirectories).Select(f => (ITaskItem)new TaskItem(f)).ToArray();
}
