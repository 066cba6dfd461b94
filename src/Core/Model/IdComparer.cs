using System.Globalization;

namespace Trackdown.Core.Model;

/// <summary>Orders ids naturally: by the text before the number, then by the number (ISSUE-999 before ISSUE-1000).</summary>
public sealed class IdComparer : IComparer<string?>
{
    public static readonly IdComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var (xPrefix, xNumber) = Split(x);
        var (yPrefix, yNumber) = Split(y);
        var byPrefix = string.CompareOrdinal(xPrefix, yPrefix);
        if (byPrefix != 0)
        {
            return byPrefix;
        }

        var byNumber = xNumber.CompareTo(yNumber);
        return byNumber != 0 ? byNumber : string.CompareOrdinal(x, y);
    }

    private static (string Prefix, long Number) Split(string id)
    {
        var dash = id.LastIndexOf('-');
        return dash >= 0 && long.TryParse(id.Substring(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (id.Substring(0, dash), number)
            : (id, -1);
    }
}
