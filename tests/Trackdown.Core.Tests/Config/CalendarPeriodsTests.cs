using Trackdown.Core.Config;
using Trackdown.Core.Tokens;

namespace Trackdown.Core.Tests.Config;

/// <summary>project.timezone decides which day, week and month an instant belongs to.</summary>
[TestClass]
public sealed class CalendarPeriodsTests
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.CreateCustomTimeZone("Test/Tokyo", TimeSpan.FromHours(9), "Tokyo", "Tokyo");

    // Monday 30 November 2026, 20:00 UTC is Tuesday 1 December, 05:00 in Tokyo.
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 20, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public void StartOf_IsLocalMidnight()
    {
        Assert.AreEqual(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero), CalendarPeriods.StartOf("day", Now, Tokyo).ToUniversalTime());
        Assert.AreEqual(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero), CalendarPeriods.StartOf("day", Now, TimeZoneInfo.Utc));
        Assert.AreEqual(new DateTimeOffset(2026, 11, 29, 15, 0, 0, TimeSpan.Zero), CalendarPeriods.StartOf("week", Now, Tokyo).ToUniversalTime(), "Monday 30 November in Tokyo");
        Assert.AreEqual(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero), CalendarPeriods.StartOf("month", Now, Tokyo).ToUniversalTime(), "1 December in Tokyo");
        Assert.AreEqual(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), CalendarPeriods.StartOf("month", Now, TimeZoneInfo.Utc));
    }

    [TestMethod]
    public void MonthlyBudget_CountsTheProjectZonesMonth()
    {
        var entries = new[] { Entry(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), 700) }; // 1 December in Tokyo, November in UTC
        var tracking = new TokenTrackingSettings { MonthlyBudget = 1000 };
        var utc = TrackdownConfig.Default with { Ai = new AiSettings { TokenTracking = tracking } };
        var tokyo = utc with { Project = new ProjectSettings { TimeZone = Tokyo } };

        var inUtc = TokenAccounting.LedgerBudgets(utc, entries, new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero), 0.8).Single(s => s.Scope == "month");
        var inTokyo = TokenAccounting.LedgerBudgets(tokyo, entries, new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero), 0.8).Single(s => s.Scope == "month");

        Assert.AreEqual((0L, "2026-12"), (inUtc.Used, inUtc.Name));
        Assert.AreEqual((700L, "2026-12"), (inTokyo.Used, inTokyo.Name));
    }

    [TestMethod]
    public void Report_TodayIsTheProjectZonesDay()
    {
        var entries = new[] { Entry(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), 10), Entry(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero), 5) };

        var report = TokenReport.Build(entries, "day", "task", Now, Tokyo);

        Assert.AreEqual((10L, 5L), (report.Totals.Total, report.Previous.Total));
        Assert.AreEqual(15L, TokenReport.Build(entries, "day", "task", Now).Totals.Total);
    }

    private static TokenEntry Entry(DateTimeOffset time, long input) => new(time, "ISSUE-001", null, "claude", null, input, 0, 0, null);
}
