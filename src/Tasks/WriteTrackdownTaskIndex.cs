using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Trackdown.Build.Tasks;

/// <summary>
/// Writes the task index the source generator and analyzer read (<see cref="TaskIndex"/>): what the generator's own scanner
/// reads from each task file, so the generated code is the same as from the files themselves. The file is rewritten only
/// when its content changes: a body edit leaves it, and so the compiler's inputs, untouched.
/// </summary>
public sealed class WriteTrackdownTaskIndex : Microsoft.Build.Utilities.Task
{
    /// <summary>The task files, full paths (the TrackdownTask items).</summary>
    [Required]
    public ITaskItem[] TaskFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Where the index goes; its name must end with <see cref="TaskIndex.FileSuffix"/>.</summary>
    [Required]
    public string IndexFile { get; set; } = string.Empty;

    /// <summary>Whether this run rewrote the index.</summary>
    [Output]
    public bool Changed { get; private set; }

    public override bool Execute()
    {
        try
        {
            var paths = TaskFiles.Select(f => f.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToArray();
            var entries = new TaskIndexEntry[paths.Length];
            Parallel.For(0, paths.Length, i => entries[i] = TaskIndex.Entry(paths[i], File.ReadAllText(paths[i])));
            var text = TaskIndex.Write(entries);
            var full = Path.GetFullPath(IndexFile);
            if (File.Exists(full) && File.ReadAllText(full) == text)
            {
                return true;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var temp = full + ".tmp";
            File.WriteAllText(temp, text, new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
            Changed = true;
            Log.LogMessage(MessageImportance.Low, $"Trackdown: task index of {paths.Length} file(s) rewritten.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var id = DiagnosticIds.GeneratedFileWriteFailed;
            Log.LogError(null, id, id, DiagnosticIds.HelpLink(id), IndexFile, 0, 0, 0, 0, $"Trackdown could not read a task file or write the task index: {ex.Message}");
        }

        return !Log.HasLoggedErrors;
    }
}
