using System.Text;

namespace Trackdown.Core.Generation;

/// <summary>One file the build generates: where it goes (relative to the root, '/'-separated) and what it holds.</summary>
public sealed record GeneratedFile(string RelativePath, string Content)
{
    /// <summary>True when the file on disk already holds exactly this content (line endings included).</summary>
    public bool IsCurrent(string root)
    {
        var path = FullPath(root);
        if (!File.Exists(path))
        {
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(Content);
        var info = new FileInfo(path);
        return info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    public string FullPath(string root) => Path.Combine(root, RelativePath.Replace('/', Path.DirectorySeparatorChar));
}
