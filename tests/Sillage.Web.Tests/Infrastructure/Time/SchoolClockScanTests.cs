using System.Text.RegularExpressions;

namespace Sillage.Web.Tests.Infrastructure.Time;

/// <summary>
/// Guard for issue #14 item 5: one "today" for the school. No code under src/ reads the server's clock or time zone,
/// converts time zones itself, or takes the date of a UTC instant as a school date; it asks <c>SchoolClock</c>
/// (or <c>TimeProvider</c> for a stored UTC instant).
/// </summary>
public sealed partial class SchoolClockScanTests
{
    private const string ClockService = "src/Sillage.Web/Infrastructure/Time/SchoolClock.cs";

    /// <summary>Files allowed to name a time zone, and why.</summary>
    private static readonly Dictionary<string, string> ZoneAllowed = new(StringComparer.Ordinal)
    {
        [ClockService] = "the clock service converts between UTC and the school's zone",
        ["src/Sillage.Web/Infrastructure/Time/SchoolClockSetup.cs"] = "finds the zone of the School:TimeZone setting",
    };

    [Fact]
    public void No_source_file_uses_the_servers_clock_or_a_utc_date_as_a_school_date()
    {
        var offences = SourceTree.SourceLines()
            .Where(l => (ServerClock().IsMatch(l.Text) && l.File != ClockService)
                        || (ZoneConversion().IsMatch(l.Text) && !ZoneAllowed.ContainsKey(l.File)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offences.Count == 0, "The server's clock or zone, or a UTC date taken as a school date (use SchoolClock: Today, Now, ToSchoolDate):\n"
            + string.Join("\n", offences));
    }

    [Theory]
    [InlineData("var today = DateTime.Today;")]
    [InlineData("var now = DateTime.Now;")]
    [InlineData("var stamp = DateTime.UtcNow;")]
    [InlineData("Expires = DateTimeOffset.Now.AddDays(1)")]
    [InlineData("var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);")]
    [InlineData("var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);")]
    [InlineData("var today = DateOnly.FromDateTime(context.Now);")]
    [InlineData("var today = DateOnly.FromDateTime(now);")]
    [InlineData("var local = created.ToLocalTime();")]
    [InlineData("if (TimeZoneInfo.Local.IsDaylightSavingTime(now))")]
    public void The_scan_recognises_the_servers_clock_and_utc_dates(string line) => Assert.Matches(ServerClock(), line);

    [Theory]
    [InlineData("var zone = TimeZoneInfo.FindSystemTimeZoneById(\"Europe/Paris\");")]
    [InlineData("var local = TimeZoneInfo.ConvertTimeFromUtc(utc, zone);")]
    [InlineData("calendar.AddTimeZone(\"Europe/Paris\");")]
    public void The_scan_recognises_a_zone_named_or_converted_outside_the_clock(string line) => Assert.Matches(ZoneConversion(), line);

    [Theory]
    [InlineData("var today = clock.Today;")]
    [InlineData("var now = clock.GetUtcNow().UtcDateTime;")]
    [InlineData("var day = clock.ToSchoolDate(snapshot.SubmittedAt);")]
    [InlineData("var birth = DateOnly.FromDateTime(parsed);")]
    public void The_scan_leaves_the_school_clock_alone(string line)
    {
        Assert.DoesNotMatch(ServerClock(), line);
        Assert.DoesNotMatch(ZoneConversion(), line);
    }

    /// <summary>The server's clock or zone, and the date of an instant (<c>now</c>, <c>…Now</c>, <c>…UtcDateTime</c>)
    /// taken without the school's zone.</summary>
    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|Today|UtcNow)\b|\bGetLocalNow\b|\bTimeZoneInfo\.Local\b|\.ToLocalTime\(|DateOnly\.FromDateTime\([^)]*(\b[Nn]ow\b|Now\b|UtcDateTime|LocalDateTime|GetUtcNow)")]
    private static partial Regex ServerClock();

    [GeneratedRegex(@"\bTimeZoneInfo\.(FindSystemTimeZoneById|TryFindSystemTimeZoneById|ConvertTime\w*)\b|""Europe/Paris""")]
    private static partial Regex ZoneConversion();
}
