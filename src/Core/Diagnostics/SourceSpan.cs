namespace Trackdown.Core.Diagnostics;

/// <summary>A 1-based line and column, plus the 0-based character offset into the whole file text.</summary>
public readonly record struct SourcePosition(int Line, int Column, int Offset)
{
    public static readonly SourcePosition FileStart = new(1, 1, 0);
}

/// <summary>A range of text; <see cref="End"/> is exclusive.</summary>
public readonly record struct SourceSpan(SourcePosition Start, SourcePosition End)
{
    public static readonly SourceSpan FileStart = new(SourcePosition.FileStart, SourcePosition.FileStart);

    public int Length => End.Offset - Start.Offset;
}
