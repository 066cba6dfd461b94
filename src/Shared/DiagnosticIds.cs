namespace Trackdown;

/// <summary>
/// Every TRK diagnostic id, in one place. Ranges: 0xxx configuration and targets, 1xxx frontmatter and schema,
/// 2xxx task graph and generated files, 3xxx token budgets, 4xxx source generator, 9xxx internal.
/// Ids are never reused; each has a page under docs/diagnostics/.
/// </summary>
internal static class DiagnosticIds
{
    public const string HelpLinkBase = "https://github.com/trackdown-build/trackdown.build/blob/main/docs/diagnostics/";

    // 0xxx configuration and targets
    public const string SkippedOnNetFramework = "TRK0001";
    public const string SchemaNotFound = "TRK0002";
    public const string InvalidPropertyValue = "TRK0003";
    public const string ConfigSyntaxError = "TRK0010";
    public const string ConfigSchemaViolation = "TRK0011";
    public const string ConfigUnknownKey = "TRK0012";
    public const string ConfigUnreadable = "TRK0013";
    public const string ConfigPatternTimedOut = "TRK0014";

    // 1xxx frontmatter and schema
    public const string MissingFrontmatter = "TRK1001";
    public const string SchemaViolation = "TRK1002";
    public const string YamlSyntaxError = "TRK1003";
    public const string DuplicateTaskId = "TRK1004";
    public const string UnterminatedFrontmatter = "TRK1005";
    public const string EmptyFile = "TRK1006";
    public const string NotUtf8Text = "TRK1007";
    public const string FileTooLarge = "TRK1008";
    public const string DuplicateKey = "TRK1009";
    public const string TabIndentation = "TRK1010";
    public const string FileUnreadable = "TRK1011";
    public const string ByteOrderMark = "TRK1012";
    public const string YamlNestingTooDeep = "TRK1013";
    public const string YamlAliasExpansionTooLarge = "TRK1014";
    public const string UnknownStatus = "TRK1020";

    // 2xxx task graph and generated files
    public const string GeneratedFileStale = "TRK2001";
    public const string GeneratedFileWriteFailed = "TRK2002";
    public const string IdFileNameMismatch = "TRK2101";
    public const string TypeFolderMismatch = "TRK2102";
    public const string DanglingReference = "TRK2103";
    public const string WrongReferenceType = "TRK2104";
    public const string DependencyCycle = "TRK2105";
    public const string UpdatedBeforeCreated = "TRK2106";
    public const string IdTypeMismatch = "TRK2107";
    public const string EpicMismatch = "TRK2108";

    // 22xx refusals of the service layer: a request that cannot be carried out as asked; nothing was written
    public const string UnknownTask = "TRK2201";
    public const string TransitionNotAllowed = "TRK2202";
    public const string TransitionRequiresCommit = "TRK2203";
    public const string TransitionRequiresApproval = "TRK2204";
    public const string ClaimedByOther = "TRK2205";
    public const string StillReferenced = "TRK2206";
    public const string FileHasErrors = "TRK2207";
    public const string InvalidRequest = "TRK2208";
    public const string OperationNotAllowed = "TRK2209";
    public const string CorruptActivityLine = "TRK2210";

    // 3xxx token budgets
    public const string BudgetNearLimit = "TRK3001";
    public const string BudgetExceeded = "TRK3002";
    public const string CorruptLedgerLine = "TRK3101";

    // 4xxx source generator and analyzer
    public const string IdNotIdentifier = "TRK4001";
    public const string IdentifierCollision = "TRK4002";
    public const string FrontmatterNotScanned = "TRK4003";
    public const string UnknownTaskRef = "TRK4101";
    public const string TaskRefToClosedTask = "TRK4102";
    public const string UnknownTaskInComment = "TRK4103";
    public const string ClosedTaskInComment = "TRK4104";

    // 9xxx internal
    public const string InternalError = "TRK9001";

    /// <summary>All ids, for the docs test and tooling.</summary>
    public static readonly string[] All =
    {
        SkippedOnNetFramework, SchemaNotFound, InvalidPropertyValue, ConfigSyntaxError, ConfigSchemaViolation,
        ConfigUnknownKey, ConfigUnreadable, ConfigPatternTimedOut,
        MissingFrontmatter, SchemaViolation, YamlSyntaxError, DuplicateTaskId, UnterminatedFrontmatter, EmptyFile,
        NotUtf8Text, FileTooLarge, DuplicateKey, TabIndentation, FileUnreadable, ByteOrderMark, YamlNestingTooDeep,
        YamlAliasExpansionTooLarge, UnknownStatus,
        GeneratedFileStale, GeneratedFileWriteFailed, IdFileNameMismatch, TypeFolderMismatch, DanglingReference,
        WrongReferenceType, DependencyCycle, UpdatedBeforeCreated, IdTypeMismatch, EpicMismatch,
        UnknownTask, TransitionNotAllowed, TransitionRequiresCommit, TransitionRequiresApproval, ClaimedByOther,
        StillReferenced, FileHasErrors, InvalidRequest, OperationNotAllowed, CorruptActivityLine,
        BudgetNearLimit, BudgetExceeded, CorruptLedgerLine,
        IdNotIdentifier, IdentifierCollision, FrontmatterNotScanned, UnknownTaskRef, TaskRefToClosedTask, UnknownTaskInComment, ClosedTaskInComment,
        InternalError,
    };

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";
}
