using System.Text;

namespace Trackdown.Build.Generators;

/// <summary>A minimal indented text writer: four spaces a level, '\n' line endings, for deterministic output.</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder text = new();
    private int depth;

    public void Line(string line = "")
    {
        if (line.Length > 0)
        {
            text.Append(' ', depth * 4).Append(line);
        }

        text.Append('\n');
    }

    public void Open()
    {
        Line("{");
        depth++;
    }

    public void Close()
    {
        depth--;
        Line("}");
    }

    /// <summary>Ends a level opened with <see cref="Open"/> without writing the brace (the caller writes "};").</summary>
    public void Dedent() => depth--;

    public override string ToString() => text.ToString();
}
