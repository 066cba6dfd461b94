using NJsonSchema;
using NJsonSchema.Validation;
using Trackdown.Core.Diagnostics;
using Trackdown.Core.Parsing;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Schema;

/// <summary>
/// Validates a task's frontmatter against <c>trackdown-task.schema.json</c> (NJsonSchema) and maps each error back to the
/// line and column of the offending value: TRK1002. The schema is loaded once and is safe to use from many threads.
/// </summary>
public static class TaskSchemaValidator
{
    public const string ResourceName = "Trackdown.Core.Schemas.trackdown-task.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly JsonSchemaValidatorSettings ValidatorSettings = DateTimeFormatCheck.Settings();

    /// <summary>The schema text, as shipped in the package for editors.</summary>
    public static string SchemaText
    {
        get
        {
            using var stream = typeof(TaskSchemaValidator).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    public static IReadOnlyList<TrackdownDiagnostic> Validate(TaskDocument doc)
    {
        if (doc.Frontmatter is null)
        {
            return Array.Empty<TrackdownDiagnostic>();
        }

        var nodes = new Dictionary<string, YamlValue>(StringComparer.Ordinal);
        var keys = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        var json = YamlJsonConverter.Convert(doc.Frontmatter, "#", nodes, keys);
        var errors = Schema.Value.Validate(json, ValidatorSettings);
        if (errors.Count == 0)
        {
            return Array.Empty<TrackdownDiagnostic>();
        }

        var diagnostics = new List<TrackdownDiagnostic>();
        foreach (var error in Leaves(errors))
        {
            var span = error.Kind == ValidationErrorKind.PropertyRequired
                ? SourceSpan.FileStart
                : nodes.TryGetValue(error.Path ?? "#", out var node) ? node.Span
                : keys.TryGetValue(error.Path ?? "#", out var key) ? key.Span
                : SourceSpan.FileStart;
            var value = nodes.TryGetValue(error.Path ?? "#", out var at) ? at : null;
            diagnostics.Add(TrackdownDiagnostic.At(DiagnosticIds.SchemaViolation, DiagnosticSeverity.Error, doc.FilePath, span, SchemaMessages.For(error, Name(error.Path), value)));
        }

        return diagnostics.Distinct().ToList();
    }

    /// <summary>Child errors explain their parents ("item 1 is not valid" → "expected a string"); report the children.</summary>
    private static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var leaf in Leaves(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    /// <summary>'#/token_usage.by_agent.claude' → 'token_usage.by_agent.claude'.</summary>
    private static string Name(string? path) => path is null || path.Length <= 2 ? "frontmatter" : path.Substring(2);

    private static JsonSchema Load() => JsonSchema.FromJsonAsync(SchemaText).GetAwaiter().GetResult();
}
