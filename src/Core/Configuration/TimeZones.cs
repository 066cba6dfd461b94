using TimeZoneConverter;

namespace Trackdown.Core.Config;

/// <summary>
/// Finds <c>project.timezone</c> by IANA or Windows id on any OS. TimeZoneConverter carries the CLDR mapping, because
/// .NET converts Windows ids to IANA ones only through ICU, which the CLI (InvariantGlobalization) does not load.
/// </summary>
internal static class TimeZones
{
    public static TimeZoneInfo? Find(string id)
    {
        if (id is "UTC" or "Etc/UTC" or "Etc/Universal" or "Universal" or "Zulu")
        {
            return TimeZoneInfo.Utc;
        }

        if (id.Length == 0 || id.Any(char.IsControl) || id.Contains(".."))
        {
            return null; // never look a path up in the zone database
        }

        try
        {
            return TZConvert.TryGetTimeZoneInfo(id, out var zone) ? zone : null;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException or System.Security.SecurityException)
        {
            return null;
        }
    }
}
