namespace Trackdown.Core.Repository;

/// <summary>
/// Lists the <c>*.md</c> files under the tasks folder in ordinal path order. Folders reached through symbolic links are
/// not entered, so a link loop cannot make the walk endless; linked files are listed and fail on read if broken.
/// </summary>
public static class TaskFileEnumerator
{
    public static IReadOnlyList<string> Enumerate(string tasksDirectory)
        => EnumerateWithInfo(tasksDirectory).Select(f => f.FullName).ToList();

    /// <summary>The same files with the size and time the directory listing already read (no extra stat calls).</summary>
    public static IReadOnlyList<FileInfo> EnumerateWithInfo(string tasksDirectory)
    {
        var files = new List<FileInfo>();
        if (!Directory.Exists(tasksDirectory))
        {
            return files;
        }

        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(tasksDirectory));
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var entry in dir.EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo sub)
                {
                    if ((sub.Attributes & FileAttributes.ReparsePoint) == 0 && !sub.Name.StartsWith(".", StringComparison.Ordinal))
                    {
                        pending.Push(sub);
                    }
                }
                else if (entry.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !entry.Name.StartsWith(".", StringComparison.Ordinal))
                {
                    files.Add((FileInfo)entry);
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.FullName, b.FullName));
        return files;
    }
}
