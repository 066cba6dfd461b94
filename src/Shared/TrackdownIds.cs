using System;
using System.Text;

namespace Trackdown;

/// <summary>Turns a task id into a C# identifier: <c>ISSUE-001</c> → <c>Issue001</c>, <c>ACME-TASK-014</c> → <c>AcmeTask014</c>.</summary>
internal static class TrackdownIds
{
    /// <summary>PascalCase of the id's letter-and-digit runs; null when nothing usable remains.</summary>
    public static string? ToIdentifier(string id)
    {
        var builder = new StringBuilder(id.Length);
        var startOfWord = true;
        foreach (var c in id)
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                startOfWord = char.IsDigit(c);
            }
            else
            {
                startOfWord = true;
            }
        }

        if (builder.Length == 0)
        {
            return null;
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
