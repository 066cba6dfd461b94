using Trackdown.Core.Diagnostics;

namespace Trackdown.Core.Parsing;

/// <summary>Converts character offsets to 1-based line and column. Lines end at '\n' ('\r\n' counts once).</summary>
public sealed class LineMap
{
    private readonly int[] lineStarts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = starts.ToArray();
    }

    public int LineCount => lineStarts.Length;

    public int LineStart(int line) => lineStarts[line - 1];

    public SourcePosition At(int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new SourcePosition(index + 1, offset - lineStarts[index] + 1, offset);
    }
}
