using System.Text;
using Trackdown.Core.Parsing;

namespace Trackdown.Core.Editing;

/// <summary>Saves an edited task file atomically, keeping the original's byte order mark choice.</summary>
public static class TaskFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Replaces <paramref name="original"/>'s file with <paramref name="newText"/>. Refuses (and writes nothing) when the
    /// original could not be parsed, when the new text does not parse, or when the file changed on disk after it was
    /// read, so a concurrent edit is never silently overwritten.
    /// </summary>
    public static void Save(TaskDocument original, string newText)
    {
        if (!original.IsEditable)
        {
            throw new InvalidOperationException($"'{original.FilePath}' could not be parsed and is never rewritten.");
        }

        if (!TaskFileParser.Parse(original.FilePath, newText, original.HasBom).IsEditable)
        {
            throw new InvalidOperationException($"The new text for '{original.FilePath}' does not parse; the file was not changed.");
        }

        if (!OnDiskIsStill(original))
        {
            throw new IOException($"'{original.FilePath}' changed on disk after it was read; it was not overwritten. Run the command again.");
        }

        AtomicFile.WriteAllText(original.FilePath, newText, original.HasBom);
    }

    private static bool OnDiskIsStill(TaskDocument original)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(original.FilePath);
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }

        var start = original.HasBom ? 3 : 0;
        if (original.HasBom && (bytes.Length < 3 || bytes[0] != 0xEF || bytes[1] != 0xBB || bytes[2] != 0xBF))
        {
            return false;
        }

        var expected = Utf8.GetBytes(original.Text);
        if (bytes.Length - start != expected.Length)
        {
            return false;
        }

        for (var i = 0; i < expected.Length; i++)
        {
            if (bytes[start + i] != expected[i])
            {
                return false;
            }
        }

        return true;
    }
}
