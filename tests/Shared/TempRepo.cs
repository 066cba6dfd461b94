namespace Trackdown.Tests;

/// <summary>
/// A temporary folder, deleted on dispose; the one repository helper of every test project.
/// <code>
/// using var repo = new TempRepo(git: true, trackdown: true); // git init + user config; an .ai-trackdown/ marker
/// repo.Write("tasks/issues/ISSUE-001-x.md", text);          // paths are relative to Root; returns the full path
/// repo.Task("ISSUE-001", "issue", "priority: high\n");       // a minimal valid task under tasks/{type}s/
/// repo.Read(relative); repo.Exists(relative); repo.Path(relative); repo.Tasks; repo.Git("add", ".");
/// repo.Names();                                              // what is in a folder, hidden temp files included
/// </code>
/// </summary>
internal sealed class TempRepo : IDisposable
{
    public TempRepo(bool git = false, bool trackdown = false)
    {
        Root = Directory.CreateTempSubdirectory("trackdown-test-").FullName;
        if (git)
        {
            Git("init", "-q");
            Git("config", "user.name", "Test User");
            Git("config", "user.email", "test@example.com");
        }

        if (trackdown)
        {
            Directory.CreateDirectory(Path(".ai-trackdown"));
        }
    }

    public string Root { get; }

    /// <summary>The default tasks directory, <c>{Root}/tasks</c>.</summary>
    public string Tasks => Path("tasks");

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public bool Exists(string relative) => File.Exists(Path(relative)) || Directory.Exists(Path(relative));

    public string Read(string relative) => File.ReadAllText(Path(relative));

    /// <summary>Writes a file (creating its folders) and returns its full path.</summary>
    public string Write(string relative, string text)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes a minimal valid task at <c>tasks/{type}s/{id}-item.md</c> with optional extra frontmatter lines.</summary>
    public string Task(string id, string type, string extra = "")
        => Write($"tasks/{type}s/{id}-item.md", $"---\nid: {id}\ntype: {type}\ntitle: Item {id}\nstatus: todo\n{extra}---\nBody of {id}\n");

    /// <summary>The names of everything in a folder (default the root), hidden files included, in ordinal order.</summary>
    public string[] Names(string relative = "")
        => Directory.GetFileSystemEntries(Path(relative)).Select(e => System.IO.Path.GetFileName(e)!).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    /// <summary>Runs git in <see cref="Root"/>, fails the test unless it succeeds, and returns its stdout.</summary>
    public string Git(params string[] args)
    {
        var result = ProcessRunner.Run(Root, "git", args);
        Assert.AreEqual(0, result.ExitCode, $"git {string.Join(' ', args)}: {result}");
        return result.Stdout;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
