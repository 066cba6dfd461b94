namespace Trackdown.Core.Tokens;

/// <summary>
/// "Today", "this week" (from Monday, as ISO 8601) and "this month" in the project's time zone
/// (<c>project.timezone</c>), as instants, so ledger entries written in UTC fall into the day the team lives in.
/// </summary>
public static class CalendarPeriods
{
    /// <summary>The instant the <paramref name="period"/> (day, week, month) containing <paramref name="now"/> began.</summary>
    public static DateTimeOffset StartOf(string period, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime.Date;
        var start = period switch
        {
            "day" => local,
            "week" => local.AddDays(-(((int)local.DayOfWeek + 6) % 7)),
            "month" => new DateTime(local.Year, local.Month, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Expected day, week or month."),
        };
        return AtLocal(start, zone);
    }

    /// <summary>The instant the period before the one that began at <paramref name="start"/> began.</summary>
    public static DateTimeOffset StartOfPrevious(string period, DateTimeOffset start, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone).DateTime.Date;
        return AtLocal(period switch
        {
            "day" => local.AddDays(-1),
            "week" => local.AddDays(-7),
            _ => local.AddMonths(-1),
        }, zone);
    }

    /// <summary>A local wall-clock time as an instant; a midnight a DST change skips becomes the first valid minute after it.</summary>
    private static DateTimeOffset AtLocal(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddMinutes(1);
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
