using Trackdown.Core.Parsing;

namespace Trackdown.Core.Editing;

/// <summary>Saves an edited task file atomically, keeping the original's byte order mark choice.</summary>
public static class TaskFileWriter
{
    public static void Save(TaskDocument original, string newText)
    {
        if (!original.IsEditable)
        {
            throw new InvalidOperationException($"'{original.FilePath}' could not be parsed and is never rewritten.");
        }

        AtomicFile.WriteAllText(original.FilePath, newText, original.HasBom);
    }
}
