namespace Trackdown.Core.Editing;

/// <summary>One replacement of the characters <c>[Start, End)</c> of a file's text. Every edit is exactly one splice.</summary>
internal readonly record struct TextSplice(int Start, int End, string Replacement)
{
    public static TextSplice None { get; } = new(0, 0, string.Empty);

    public static TextSplice Insert(int at, string text) => new(at, at, text);

    public bool IsNone => Start == End && Replacement.Length == 0;

    public string ApplyTo(string text) => text.Substring(0, Start) + Replacement + text.Substring(End);
}
