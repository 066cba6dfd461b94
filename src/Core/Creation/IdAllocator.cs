using Trackdown.Core.Model;
using Trackdown.Core.Repository;

namespace Trackdown.Core.Creation;

/// <summary>
/// Hands out the next free id of a type. Concurrent processes never get the same id: an id is claimed by creating
/// <c>.ID.claim</c> exclusively in the type's folder, re-checked against existing files, and released once the task
/// file exists. Claims left by a crashed process expire after <see cref="ClaimLifetime"/>.
/// </summary>
public static class IdAllocator
{
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(2);

    /// <summary>The next id of <paramref name="type"/> after the highest number any id of that type has, in any earlier pattern.</summary>
    public static IdClaim Claim(string tasksDirectory, IdScheme ids, TaskType type)
    {
        var folder = Path.Combine(tasksDirectory, type.Folder());
        Directory.CreateDirectory(folder);
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var next = HighestNumber(tasksDirectory, folder, ids, type) + 1;
            var id = ids.Format(type, next);
            var claimPath = Path.Combine(folder, "." + id + ".claim");
            try
            {
                using (new FileStream(claimPath, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                }
            }
            catch (IOException) when (File.Exists(claimPath))
            {
                continue; // another process holds this id; recount and try the next
            }

            // A process that claimed, wrote and released this id before our count would have left its file behind.
            if (Directory.EnumerateFiles(folder, "*.md").Any(f => NumberIn(Path.GetFileName(f), ids, type) == next))
            {
                File.Delete(claimPath);
                continue;
            }

            return new IdClaim(id, claimPath);
        }

        throw new IOException($"Could not claim a new {type.Name()} id in '{folder}' after 1000 attempts.");
    }

    private static int HighestNumber(string tasksDirectory, string folder, IdScheme ids, TaskType type)
    {
        var highest = 0;
        foreach (var file in TaskFileEnumerator.Enumerate(tasksDirectory).Select(Path.GetFileName))
        {
            highest = Math.Max(highest, NumberIn(file!, ids, type));
        }

        foreach (var claim in Directory.EnumerateFiles(folder, ".*.claim"))
        {
            if (DateTime.UtcNow - File.GetLastWriteTimeUtc(claim) > ClaimLifetime)
            {
                TryDelete(claim); // left behind by a crashed process
                continue;
            }

            highest = Math.Max(highest, NumberIn(Path.GetFileName(claim), ids, type));
        }

        return highest;
    }

    private static int NumberIn(string fileName, IdScheme ids, TaskType type)
        => ids.TryParseFileName(fileName, out var found, out var number) && found == type ? number : 0;

    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A claimed id. Dispose it after the task file is written (or on failure) to release the claim.</summary>
public sealed class IdClaim : IDisposable
{
    internal IdClaim(string id, string claimPath)
    {
        Id = id;
        ClaimPath = claimPath;
    }

    public string Id { get; }

    public string ClaimPath { get; }

    public void Dispose() => IdAllocator.TryDelete(ClaimPath);
}
