using System.Text;
using Trackdown.Core.Editing;

namespace Trackdown.Core.Service;

/// <summary>
/// The files one operation writes, applied together: whole files are replaced atomically (temp + rename), created
/// exclusively or deleted, and log lines appended. If any step fails, the steps already applied are undone in reverse
/// (old bytes put back, appends truncated away) and the failure is rethrown, so an operation happens whole or not at
/// all. Runs under the repository lock, which is what makes truncating an append safe.
/// </summary>
internal sealed class ChangeSet
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly List<Step> steps = new();

    public IEnumerable<string> Paths => steps.Where(s => s.Kind != StepKind.Append).Select(s => s.Path).Distinct(StringComparer.Ordinal);

    public bool IsEmpty => steps.Count == 0;

    /// <summary>Writes the whole file (creating it when absent).</summary>
    public void Replace(string path, string text, bool withBom) => steps.Add(new Step(StepKind.Replace, path, text, withBom));

    public void Create(string path, string text) => steps.Add(new Step(StepKind.Create, path, text, false));

    public void Delete(string path) => steps.Add(new Step(StepKind.Delete, path, null, false));

    public void AppendLine(string path, string line) => steps.Add(new Step(StepKind.Append, path, line, false));

    public void Apply()
    {
        var undo = new Stack<Action>();
        try
        {
            foreach (var step in steps)
            {
                undo.Push(Run(step));
            }
        }
        catch
        {
            while (undo.Count > 0)
            {
                try
                {
                    undo.Pop()();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Best effort: the original failure is what the caller must see.
                }
            }

            throw;
        }
    }

    private static Action Run(Step step)
    {
        switch (step.Kind)
        {
            case StepKind.Replace:
            {
                var old = File.Exists(step.Path) ? File.ReadAllBytes(step.Path) : null;
                Directory.CreateDirectory(Path.GetDirectoryName(step.Path)!);
                AtomicFile.WriteAllText(step.Path, step.Text!, step.WithBom);
                return old is null ? () => File.Delete(step.Path) : () => AtomicFile.WriteAllBytes(step.Path, old);
            }

            case StepKind.Create:
                Directory.CreateDirectory(Path.GetDirectoryName(step.Path)!);
                if (!AtomicFile.TryCreateNew(step.Path, step.Text!, withBom: false))
                {
                    throw new IOException($"'{step.Path}' already exists; nothing was written.");
                }

                return () => File.Delete(step.Path);

            case StepKind.Delete:
            {
                var old = File.ReadAllBytes(step.Path);
                File.Delete(step.Path);
                return () => AtomicFile.WriteAllBytes(step.Path, old);
            }

            default:
            {
                Directory.CreateDirectory(Path.GetDirectoryName(step.Path)!);
                var bytes = Utf8.GetBytes(step.Text + "\n");
                using var stream = new FileStream(step.Path, FileMode.Append, FileAccess.Write, FileShare.Read);
                var length = stream.Length;
                try
                {
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(flushToDisk: true);
                }
                catch (Exception ex) when (AtomicFile.IsWriteFailure(ex))
                {
                    stream.SetLength(length); // a partial line would be a corrupt entry
                    throw AtomicFile.WriteFailed(step.Path, ex);
                }

                return () =>
                {
                    using var again = new FileStream(step.Path, FileMode.Open, FileAccess.Write, FileShare.Read);
                    again.SetLength(length);
                };
            }
        }
    }

    private enum StepKind
    {
        Replace,
        Create,
        Delete,
        Append,
    }

    private sealed record Step(StepKind Kind, string Path, string? Text, bool WithBom);
}
