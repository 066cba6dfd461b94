using System.Text;
using Trackdown.Core.Editing;
using Trackdown.Core.Model;
using Trackdown.Core.Parsing;

namespace Trackdown.Core.Repository;

/// <summary>One cached file: its size and modification time when read, and its fields.</summary>
internal sealed record CacheEntry(long Length, long Ticks, CachedFields Fields);

/// <summary>
/// The read cache under <c>.ai-trackdown/cache/</c>: a binary file of every cleanly parsed task's fields, keyed on path,
/// size and modification time. Only an optimisation: any read problem means "no cache", and files changed in the last
/// two seconds are not cached (their time may not yet tell a later edit apart, as git's "racy" entries).
/// </summary>
internal static class TaskCache
{
    private const string Magic = "TRACKDOWN-CACHE";
    private const int Version = 1;

    public static Dictionary<string, CacheEntry> Read(string path)
    {
        var entries = new Dictionary<string, CacheEntry>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists(path))
            {
                return entries;
            }

            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
            {
                return entries;
            }

            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var file = reader.ReadString();
                entries[file] = new CacheEntry(reader.ReadInt64(), reader.ReadInt64(), ReadFields(reader));
            }

            return reader.ReadString() == Magic ? entries : new Dictionary<string, CacheEntry>(StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            return new Dictionary<string, CacheEntry>(StringComparer.Ordinal); // corrupt or unreadable: rebuilt below
        }
    }

    /// <summary>True when the file still has the size and time the entry was made from; a broken link never matches.</summary>
    public static bool Matches(CacheEntry entry, FileInfo file)
    {
        try
        {
            return entry.Length == file.Length && entry.Ticks == file.LastWriteTimeUtc.Ticks;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public static void TryWrite(string path, IReadOnlyList<FileInfo> files, IReadOnlyList<TaskItem?> items, IReadOnlyList<TaskDocument?> parsed)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(Path.GetDirectoryName(folder)))
        {
            return; // no .ai-trackdown/ here: do not create folders in a repository that did not ask for them
        }

        var racy = DateTime.UtcNow.AddSeconds(-2).Ticks;
        try
        {
            Directory.CreateDirectory(folder);
            using var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
            {
                var cacheable = Enumerable.Range(0, files.Count)
                    .Where(i => items[i] is not null && parsed[i] is not { Diagnostics.Count: > 0 } && files[i].Exists && files[i].LastWriteTimeUtc.Ticks < racy)
                    .ToList();
                writer.Write(Magic);
                writer.Write(Version);
                writer.Write(cacheable.Count);
                foreach (var i in cacheable)
                {
                    writer.Write(files[i].FullName);
                    writer.Write(files[i].Length);
                    writer.Write(files[i].LastWriteTimeUtc.Ticks);
                    WriteFields(writer, items[i]!.ToCache());
                }

                writer.Write(Magic);
            }

            AtomicFile.WriteAllBytes(path, buffer.ToArray());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The cache is optional; a read-only checkout simply runs without it.
        }
    }

    private static void WriteFields(BinaryWriter w, CachedFields f)
    {
        foreach (var text in new[] { f.Id, f.TypeName, f.Title, f.Status, f.Epic, f.Parent, f.Assignee, f.Priority })
        {
            WriteText(w, text);
        }

        WriteList(w, f.DependsOn);
        WriteList(w, f.Labels);
        WriteDate(w, f.Created);
        WriteDate(w, f.Updated);
        w.Write(f.Estimate.HasValue);
        w.Write(f.Estimate ?? 0);
        w.Write(f.TokenBudget.HasValue);
        w.Write(f.TokenBudget ?? 0);
        w.Write(f.TokenUsageTotal.HasValue);
        w.Write(f.TokenUsageTotal ?? 0);
    }

    private static CachedFields ReadFields(BinaryReader r)
    {
        var texts = new string?[8];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = ReadText(r);
        }

        var dependsOn = ReadList(r);
        var labels = ReadList(r);
        var created = ReadDate(r);
        var updated = ReadDate(r);
        var estimate = r.ReadBoolean() ? r.ReadDouble() : (double?)null;
        if (!estimate.HasValue) { r.ReadDouble(); }
        var budget = r.ReadBoolean() ? r.ReadInt64() : (long?)null;
        if (!budget.HasValue) { r.ReadInt64(); }
        var usage = r.ReadBoolean() ? r.ReadInt64() : (long?)null;
        if (!usage.HasValue) { r.ReadInt64(); }
        return new CachedFields(texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], dependsOn, texts[6], texts[7], created, updated, labels, estimate, budget, usage);
    }

    private static void WriteText(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        w.Write(text ?? string.Empty);
    }

    private static string? ReadText(BinaryReader r)
    {
        var present = r.ReadBoolean();
        var text = r.ReadString();
        return present ? text : null;
    }

    private static void WriteList(BinaryWriter w, IReadOnlyList<string> list)
    {
        w.Write(list.Count);
        foreach (var item in list)
        {
            w.Write(item);
        }
    }

    private static IReadOnlyList<string> ReadList(BinaryReader r)
    {
        var count = r.ReadInt32();
        if (count == 0)
        {
            return Array.Empty<string>();
        }

        var list = new string[count];
        for (var i = 0; i < count; i++)
        {
            list[i] = r.ReadString();
        }

        return list;
    }

    private static void WriteDate(BinaryWriter w, DateTimeOffset? date)
    {
        w.Write(date.HasValue);
        w.Write(date?.UtcTicks ?? 0);
        w.Write((short)(date?.Offset.TotalMinutes ?? 0));
    }

    private static DateTimeOffset? ReadDate(BinaryReader r)
    {
        var present = r.ReadBoolean();
        var ticks = r.ReadInt64();
        var offset = TimeSpan.FromMinutes(r.ReadInt16());
        return present ? new DateTimeOffset(ticks + offset.Ticks, offset) : null;
    }
}
