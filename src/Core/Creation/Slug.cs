using System.Globalization;
using System.Text;

namespace Trackdown.Core.Creation;

/// <summary>Turns a title into a file-name slug: lower-case ASCII letters, digits and single hyphens, at most 50 characters.</summary>
/// <remarks>Only [a-z0-9-] survive, so no title can produce a separator, "..", or a name outside the task folder.</remarks>
public static class Slug
{
    public const int MaxLength = 50;

    public static string From(string title)
    {
        var builder = new StringBuilder(Math.Min(title.Length, MaxLength));
        var pendingHyphen = false;
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // drop accents: "Café" → "cafe"
            }

            var lower = char.ToLowerInvariant(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(lower);
                if (builder.Length >= MaxLength)
                {
                    break;
                }
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString().TrimEnd('-');
        return slug.Length == 0 ? "untitled" : slug;
    }
}
