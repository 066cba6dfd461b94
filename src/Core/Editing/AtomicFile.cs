using System.Text;

namespace Trackdown.Core.Editing;

/// <summary>
/// Writes files so a reader never sees half a file: the text goes to a temp file in the same folder (same volume, so
/// the rename is atomic), is flushed to disk, then renamed over the target. On failure (a full disk, a file-size limit)
/// the temp file is removed and the original is untouched. A replaced file keeps its Unix mode (a 0600 task stays
/// 0600), and a read-only file is refused rather than replaced: the rename would otherwise succeed, because it needs
/// only the folder to be writable.
/// </summary>
public static class AtomicFile
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text, bool withBom) => WriteAllBytes(path, Encode(text, withBom));

    public static void WriteAllBytes(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var mode = File.Exists(full) ? ExistingMode(full) : null;
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                if (mode is { } bits)
                {
                    UnixPermissions.Set(temp, bits); // before any byte is written: a private file's text is never exposed
                }

                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            Rename(temp, full);
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            throw WriteFailed(full, ex);
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
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            File.Delete(path);
            throw WriteFailed(Path.GetFullPath(path), ex);
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        return true;
    }

    /// <summary>A failure of the write itself; a missing folder or file stays the exception callers already handle.</summary>
    internal static bool IsWriteFailure(Exception ex)
        => ex is ArgumentOutOfRangeException || (ex is IOException && ex is not DirectoryNotFoundException and not FileNotFoundException);

    /// <summary>
    /// One clear sentence for a failed write. .NET reports EFBIG (a write past <c>ulimit -f</c> or the file system's
    /// largest file) as an ArgumentOutOfRangeException and ENOSPC as an IOException naming the temp file; both become an
    /// IOException that names the file the user asked for.
    /// </summary>
    internal static IOException WriteFailed(string path, Exception ex)
    {
        var reason = ex is ArgumentOutOfRangeException ? "the file would pass the file-size limit (ulimit -f) or the largest file the file system allows" : ex.Message.TrimEnd('.');
        return new IOException($"Could not write '{path}': {reason}. The file was left as it was; free space or raise the limit and run the command again.", ex);
    }

    /// <summary>The mode to give the replacement; throws when the file is read-only.</summary>
    private static int? ExistingMode(string path)
    {
        var mode = UnixPermissions.Get(path);
        if ((File.GetAttributes(path) & FileAttributes.ReadOnly) != 0 || (mode is { } bits && (bits & UnixPermissions.UserWrite) == 0))
        {
            throw new UnauthorizedAccessException($"'{path}' is read-only, so Trackdown leaves it as it is. Make it writable (chmod u+w, or clear the read-only attribute) and run the command again.");
        }

        return mode;
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
