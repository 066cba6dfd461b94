namespace Trackdown.Core;

internal static class PathUtil
{
    /// <summary>A path relative to <paramref name="root"/> with forward slashes, or the path unchanged when outside it.</summary>
    public static string Relative(string root, string path)
    {
        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(path);
        return full.StartsWith(fullRoot, StringComparison.Ordinal)
            ? full.Substring(fullRoot.Length).Replace('\\', '/')
            : path;
    }
}
