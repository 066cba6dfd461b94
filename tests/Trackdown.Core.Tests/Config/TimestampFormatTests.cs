using Trackdown.Core.Config;

namespace Trackdown.Core.Tests.Config;

[TestClass]
public sealed class TimestampFormatTests
{
    private static readonly DateTimeOffset Sample = new(2026, 3, 7, 4, 5, 9, 45, TimeSpan.FromHours(2));

    [TestMethod]
    [DataRow("YYYY-MM-DDTHH:mm:ssZ", "2026-03-07T04:05:09+02:00")]
    [DataRow("YYYY-MM-DDTHH:mm:ss.SSSZZ", "2026-03-07T04:05:09.045+0200")]
    [DataRow("YY M D H m s", "26 3 7 4 5 9")]
    [DataRow("[Date:] YYYY/MM/DD", "Date: 2026/03/07")]
    [DataRow("YYYY-MM-DD[T]HH", "2026-03-07T04")]
    public void Format_WritesEachToken(string pattern, string expected)
        => Assert.AreEqual(expected, TimestampFormat.Parse(pattern).Format(Sample));

    [TestMethod]
    public void Z_IsZAtUtc()
        => Assert.AreEqual("2026-03-07T02:05:09Z", TimestampFormat.Default.Format(Sample.ToUniversalTime()));

    [TestMethod]
    [DataRow("YYYY-MM-DD Q", 11)]
    [DataRow("YYYY [x", 5)]
    [DataRow("hh:mm", 0)]
    public void TryParse_NamesWhereTheProblemIs(string pattern, int at)
    {
        Assert.IsNull(TimestampFormat.TryParse(pattern, out var problem, out var index));
        Assert.IsNotNull(problem);
        Assert.AreEqual(at, index);
    }

    [TestMethod]
    public void FormatTimestamp_ConvertsToTheProjectZone()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test+5:30", TimeSpan.FromMinutes(330), "Test", "Test");
        var formats = new FormatSettings { TimeZone = zone };

        Assert.AreEqual("2026-03-07T07:35:09+05:30", formats.FormatTimestamp(Sample));
    }
}
