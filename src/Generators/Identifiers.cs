using Microsoft.CodeAnalysis.CSharp;

namespace Trackdown.Build.Generators;

/// <summary>Task id → valid C# identifier, or null when none can be made.</summary>
internal static class Identifiers
{
    public static string? For(string id)
    {
        var name = TrackdownIds.ToIdentifier(id);
        if (name is null || !SyntaxFacts.IsValidIdentifier(name))
        {
            return null;
        }

        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}
