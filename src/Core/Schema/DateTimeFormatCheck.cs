using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace Trackdown.Core.Schema;

/// <summary>
/// The schema's <c>format: date-time</c>. NJsonSchema's own check looks at the shape only, so '2026-13-45T99:00:00Z'
/// passed; this one wants the ISO 8601 shape and a date and time that exist (month 1-12, a day the month has, hour
/// below 24, offset within ±14 hours), the same parse <c>TaskItem</c> uses to read the value.
/// </summary>
internal sealed class DateTimeFormatCheck : IFormatValidator
{
    private static readonly Regex Shape = new(
        @"^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}(:?\d{2})?)?)?$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    public string Format => "date-time";

    public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.DateTimeExpected;

    public bool IsValid(string value, JTokenType tokenType)
        => tokenType == JTokenType.Date
            || (Shape.IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));

    /// <summary>NJsonSchema's validators with this one in place of its date-time check.</summary>
    public static JsonSchemaValidatorSettings Settings()
    {
        var settings = new JsonSchemaValidatorSettings();
        settings.FormatValidators = settings.FormatValidators.Where(v => v.Format != "date-time").Append(new DateTimeFormatCheck()).ToArray();
        return settings;
    }
}
