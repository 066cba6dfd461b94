using Microsoft.CodeAnalysis.Text;

namespace Trackdown.Build.Generators;

/// <summary>Where something is in a file, as plain values (never a Roslyn Location, which would defeat caching).</summary>
internal sealed record LocationInfo(string Path, TextSpan Span, LinePositionSpan LineSpan)
{
    public Microsoft.CodeAnalysis.Location ToLocation() => Microsoft.CodeAnalysis.Location.Create(Path, Span, LineSpan);
}

/// <summary>
/// One task file as the generator sees it: strings and positions only. <paramref name="Unreadable"/> holds each key the
/// scanner could not read, and why.
/// </summary>
internal sealed record TaskFileModel(string Path, string? Id, string? Title, string? Type, string? Status, string? Epic, string? Parent, LocationInfo? IdLocation,
    EquatableArray<UnreadableKey> Unreadable = default);

/// <summary>A key the scanner could not read: "Key 'title': its value is an alias ('*')", and where.</summary>
internal sealed record UnreadableKey(string Message, LocationInfo Location);

/// <summary>The generator's MSBuild knobs, read through CompilerVisibleProperty.</summary>
internal sealed record GeneratorOptions(string Namespace, string ClassName, bool IsPublic, bool EmitCatalog);

/// <summary>A task that made it into the generated class, with the identifier it got.</summary>
internal sealed record TaskEntry(string Identifier, TaskFileModel File) : IEquatable<TaskEntry>;
