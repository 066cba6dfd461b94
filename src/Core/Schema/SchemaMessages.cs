using NJsonSchema.Validation;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Schema;

/// <summary>One sentence on what is wrong, one on what is expected; values quoted. Tests and users grep these.</summary>
internal static class SchemaMessages
{
    public static string For(ValidationError error, string name, YamlValue? value)
    {
        var actual = value switch
        {
            YamlScalar s => $"'{s.Value}'",
            YamlSequence => "a list",
            YamlMapping => "a mapping",
            _ => "nothing",
        };
        var has = $"Property '{name}' has value {actual}";
        var allowed = error.Schema?.Enumeration is { Count: > 0 } values ? string.Join(", ", values.Select(v => $"'{v}'")) : null;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"Required property '{name}' is missing. Add '{name}: …' to the frontmatter.",
            ValidationErrorKind.NotInEnumeration => $"{has}; allowed values are {allowed}.",
            ValidationErrorKind.StringExpected => $"{has}; expected text.",
            ValidationErrorKind.NumberExpected => $"{has}; expected a number.",
            ValidationErrorKind.IntegerExpected => $"{has}; expected a whole number.",
            ValidationErrorKind.BooleanExpected => $"{has}; expected true or false.",
            ValidationErrorKind.ArrayExpected => $"{has}; expected a list such as [a, b].",
            ValidationErrorKind.ObjectExpected => $"{has}; expected a mapping of keys to values.",
            ValidationErrorKind.StringTooShort => $"Property '{name}' is empty. Give it a value.",
            ValidationErrorKind.PatternMismatch => $"{has}; expected an id such as 'ISSUE-001' (a type word and at least three digits).",
            ValidationErrorKind.DateTimeExpected => $"{has}; expected an ISO 8601 date-time such as '2026-11-24T09:30:00Z'.",
            ValidationErrorKind.NumberTooSmall => $"{has}; expected a value of at least {error.Schema?.Minimum}.",
            ValidationErrorKind.ItemsNotUnique => $"Property '{name}' lists the same value more than once. Remove the duplicates.",
            ValidationErrorKind.NoTypeValidates => $"{has}; expected text or a number.",
            _ => $"{has}, which the schema does not allow ({error.Kind}). See trackdown-task.schema.json for the expected form.",
        };
    }
}
