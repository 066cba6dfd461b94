namespace Trackdown.Core.Tests.TestSupport;

/// <summary>A throw-away repository folder with an <c>.ai-trackdown/</c> marker, deleted on dispose.</summary>
internal sealed class TempRepo : IDisposable
{
    public TempRepo()
    {
        Root = Directory.CreateTempSubdirectory("trackdown-test-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, ".ai-trackdown"));
    }

    public string Root { get; }

    public string Tasks => Path.Combine(Root, "tasks");

    /// <summary>Writes a task file at <c>tasks/{relativePath}</c> and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Tasks, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes a minimal valid task with optional extra frontmatter lines.</summary>
    public string Task(string id, string type, string extra = "")
        => Write($"{type}s/{id}-item.md", $"---\nid: {id}\ntype: {type}\ntitle: Item {id}\nstatus: todo\n{extra}---\nBody of {id}\n");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
