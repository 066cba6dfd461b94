using System.Text;

namespace Trackdown.Core.Editing;

/// <summary>
/// Writes files so a reader never sees half a file: the text goes to a temp file in the same folder, is flushed to disk,
/// then renamed over the target. On failure the temp file is removed and the original is untouched.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string text, bool withBom)
        => WriteAllBytes(path, (withBom ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>()).Concat(new UTF8Encoding(false).GetBytes(text)).ToArray());

    public static void WriteAllBytes(string path, byte[] bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            if (File.Exists(path))
            {
                File.Replace(temp, path, destinationBackupFileName: null, ignoreMetadataErrors: true);
            }
            else
            {
                File.Move(temp, path);
            }
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Creates <paramref name="path"/> only if no file is there; false when one exists. Never overwrites.</summary>
    public static bool TryCreateNew(string path, string text, bool withBom)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }

        try
        {
            using (stream)
            {
                Write(stream, text, withBom);
                stream.Flush(flushToDisk: true);
            }
        }
        catch
        {
            File.Delete(path); // never leave half a new file behind
            throw;
        }

        return true;
    }

    private static void Write(Stream stream, string text, bool withBom)
    {
        var bytes = new UTF8Encoding(withBom).GetBytes(text);
        if (withBom)
        {
            stream.Write(new byte[] { 0xEF, 0xBB, 0xBF }, 0, 3);
        }

        stream.Write(bytes, 0, bytes.Length);
    }
}
