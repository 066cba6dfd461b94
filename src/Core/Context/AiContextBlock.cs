namespace Trackdown.Core.Context;

/// <summary>The part of a body between <c>&lt;!-- AI_CONTEXT_START --&gt;</c> and <c>&lt;!-- AI_CONTEXT_END --&gt;</c>: what agents read first.</summary>
public static class AiContextBlock
{
    public const string Start = "<!-- AI_CONTEXT_START -->";
    public const string End = "<!-- AI_CONTEXT_END -->";

    /// <summary>The block's text, trimmed; empty when the body has none (or an unclosed one).</summary>
    public static string Extract(string body)
    {
        var (start, end) = Bounds(body);
        return start < 0 ? string.Empty : body.Substring(start + Start.Length, end - start - Start.Length).Trim();
    }

    /// <summary>The body with the block removed, trimmed.</summary>
    public static string Without(string body)
    {
        var (start, end) = Bounds(body);
        return (start < 0 ? body : body.Substring(0, start) + body.Substring(end + End.Length)).Replace("\r\n", "\n").Trim();
    }

    private static (int Start, int End) Bounds(string body)
    {
        var start = body.IndexOf(Start, StringComparison.Ordinal);
        var end = start < 0 ? -1 : body.IndexOf(End, start + Start.Length, StringComparison.Ordinal);
        return end < 0 ? (-1, -1) : (start, end);
    }
}
