using System.Text;

namespace Trackdown.Core.Editing;

/// <summary>
/// Writes files so a reader never sees half a file: the text goes to a temp file in the same folder (same volume, so
/// the rename is atomic), is flushed to disk, then renamed over the target. On failure the temp file is removed and
/// the original is untouched.
/// </summary>
public static class AtomicFile
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text, bool withBom) => WriteAllBytes(path, Encode(text, withBom));

    public static void WriteAllBytes(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            Rename(temp, full);
        }
        finally
        {
            // Only still there when something failed before or during the rename.
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Creates <paramref name="path"/> only if no file is there, and returns false when one is: two processes claiming
    /// the same name never both succeed. Never overwrites; a failed write removes the half-written new file.
    /// </summary>
    public static bool TryCreateNew(string path, string text, bool withBom)
    {
        var bytes = Encode(text, withBom);
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
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        return true;
    }

    private static byte[] Encode(string text, bool withBom)
    {
        var body = Utf8.GetBytes(text);
        return withBom ? Bom.Concat(body).ToArray() : body;
    }

    /// <summary>File.Replace when the target exists (a rename on Unix, ReplaceFile on Windows), File.Move when it does not.</summary>
    private static void Rename(string temp, string target)
    {
        if (File.Exists(target))
        {
            try
            {
                File.Replace(temp, target, destinationBackupFileName: null, ignoreMetadataErrors: true);
                return;
            }
            catch (FileNotFoundException) when (!File.Exists(target) && File.Exists(temp))
            {
                // The target was deleted after the check: fall through and create it.
            }
        }

        File.Move(temp, target);
    }
}
