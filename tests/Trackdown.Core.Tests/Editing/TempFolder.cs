namespace Trackdown.Core.Tests.Editing;

/// <summary>An empty temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("trackdown-editing-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>The names of everything in the folder, hidden temp files included.</summary>
    public string[] Names() => Directory.GetFileSystemEntries(Path).Select(System.IO.Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
