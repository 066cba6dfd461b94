using Microsoft.CodeAnalysis;

namespace Trackdown.Build.Generators;

/// <summary>The generator's and analyzer's diagnostics (TRK4xxx); ids and help links come from src/Shared.</summary>
internal static class Descriptors
{
    private const string Category = "Trackdown";

    public static readonly DiagnosticDescriptor IdNotIdentifier = Create(DiagnosticIds.IdNotIdentifier, "Task id cannot become a C# identifier",
        "Task id '{0}' has no letters or digits to make a C# identifier from. Give the task an id such as 'ISSUE-001'.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IdentifierCollision = Create(DiagnosticIds.IdentifierCollision, "Two task ids map to the same C# identifier",
        "Task id '{0}' becomes '{2}', which task '{1}' already uses; '{0}' gets no TaskIds member. Rename one of the ids.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor FrontmatterNotScanned = Create(DiagnosticIds.FrontmatterNotScanned, "Task file key not read by the generator",
        "{0}, which the source generator cannot read, so this task's TaskIds member or catalog entry may be missing. Write the key's value as a plain or quoted scalar on the key's line.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownTaskRef = Create(DiagnosticIds.UnknownTaskRef, "TaskRef names an unknown task",
        "[TaskRef] names '{0}', but no task file has that id. Use an existing id (TaskIds lists them) or create the task.", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TaskRefToClosedTask = Create(DiagnosticIds.TaskRefToClosedTask, "TaskRef names a closed task",
        "Code is still marked as implementing '{0}', which is '{1}'. Remove the [TaskRef] or reopen the task.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownTaskInComment = Create(DiagnosticIds.UnknownTaskInComment, "Comment names an unknown task",
        "The comment names '{0}', but no task file has that id. Fix the id or create the task.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ClosedTaskInComment = Create(DiagnosticIds.ClosedTaskInComment, "Comment names a closed task",
        "The comment names '{0}', which is '{1}'. Update or remove the comment if the work is finished.", DiagnosticSeverity.Info);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: DiagnosticIds.HelpLink(id));
}
