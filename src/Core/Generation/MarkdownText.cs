using System.Globalization;
using Trackdown.Core.Model;

namespace Trackdown.Core.Generation;

/// <summary>Small helpers the renderers share for safe, stable markdown.</summary>
internal static class MarkdownText
{
    /// <summary>Escapes characters that would break a link label or a table cell.</summary>
    public static string Escape(string? text)
        => (text ?? string.Empty).Replace("\\", "\\\\").Replace("[", "\\[").Replace("]", "\\]").Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");

    public static string Link(TaskItem item, string root)
        => $"[{item.Id} {Escape(item.Title)}]({Path(item, root)})";

    public static string Path(TaskItem item, string root) => PathUtil.Relative(root, item.FilePath).Replace(" ", "%20");

    public static string Date(DateTimeOffset? date)
        => date?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "never";

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
