namespace Trackdown.Core.Tokens;

/// <summary>Totals for one group of ledger entries (a task, epic, agent or model).</summary>
public sealed record UsageTotals(string Key, long Input, long Output, decimal Cost, int Entries)
{
    public long Total => Input + Output;
}

/// <summary>A report over one period, with the same figures for the period before it (the trend).</summary>
public sealed record TokenReport(string Period, DateTimeOffset From, DateTimeOffset To, UsageTotals Totals, UsageTotals Previous, IReadOnlyList<UsageTotals> Groups)
{
    /// <summary>This period's total over the previous one's; null when the previous period used nothing.</summary>
    public double? Trend => Previous.Total == 0 ? null : (double)Totals.Total / Previous.Total;

    /// <summary>
    /// <paramref name="period"/> day, week or month is today, this week (from Monday) or this month so far in
    /// <paramref name="zone"/> (<c>project.timezone</c>; null: UTC), against the whole period before it; all is everything.
    /// </summary>
    public static TokenReport Build(IReadOnlyList<TokenEntry> entries, string period, string by, DateTimeOffset now, TimeZoneInfo? zone = null)
    {
        zone ??= TimeZoneInfo.Utc;
        var from = period == "all" ? DateTimeOffset.MinValue : CalendarPeriods.StartOf(period, now, zone);
        var previousFrom = period == "all" ? DateTimeOffset.MinValue : CalendarPeriods.StartOfPrevious(period, from, zone);
        var current = entries.Where(e => e.Time >= from && e.Time <= now).ToList();
        var previous = period == "all" ? new List<TokenEntry>() : entries.Where(e => e.Time >= previousFrom && e.Time < from).ToList();
        Func<TokenEntry, string> key = by switch
        {
            "epic" => e => e.Epic ?? "(no epic)",
            "agent" => e => e.Agent ?? "(no agent)",
            "provider" => e => e.Model ?? e.Agent ?? "(unknown)",
            _ => e => e.Task,
        };
        var groups = current.GroupBy(key, StringComparer.Ordinal)
            .Select(g => Sum(g.Key, g))
            .OrderByDescending(g => g.Total)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        return new TokenReport(period, from, now, Sum("total", current), Sum("previous", previous), groups);
    }

    private static UsageTotals Sum(string key, IEnumerable<TokenEntry> entries)
    {
        var list = entries as IReadOnlyCollection<TokenEntry> ?? entries.ToList();
        return new UsageTotals(key, list.Sum(e => e.Input), list.Sum(e => e.Output), list.Sum(e => e.Cost), list.Count);
    }
}
