using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Tests.Infrastructure.Time;

/// <summary>The school's clock and its <c>School:TimeZone</c> setting.</summary>
public sealed class SchoolClockTests
{
    private static SchoolClock At(DateTimeOffset utc, string? zone = null) =>
        new(new FakeTimeProvider(utc), SchoolClockSetup.Resolve(Settings(zone)));

    private static IConfiguration Settings(string? zone) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [SchoolClockSetup.Setting] = zone }).Build();

    [Fact]
    public void At_half_past_midnight_in_Paris_the_school_is_already_on_the_next_day()
    {
        var clock = At(new DateTimeOffset(2026, 11, 16, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal("Europe/Paris", clock.Zone.Id);
        Assert.Equal(new DateOnly(2026, 11, 17), clock.Today);
        Assert.Equal(new DateTime(2026, 11, 17, 0, 30, 0), clock.Now);
        Assert.Equal(new DateOnly(2026, 11, 17), clock.ToSchoolDate(new DateTime(2026, 11, 16, 23, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Another_zone_gives_another_today()
    {
        // 02:00 UTC is still the evening before in French Guiana (UTC-3), and the morning in Réunion (UTC+4).
        var instant = new DateTimeOffset(2026, 11, 17, 2, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 11, 16), At(instant, "America/Cayenne").Today);
        Assert.Equal(new DateTime(2026, 11, 17, 6, 0, 0), At(instant, "Indian/Reunion").Now);
    }

    [Fact]
    public void A_wall_clock_time_typed_at_the_school_is_stored_as_utc_summer_and_winter()
    {
        var clock = At(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTime(2026, 7, 1, 6, 0, 0, DateTimeKind.Utc), clock.FromSchoolTime(new DateTime(2026, 7, 1, 8, 0, 0)));
        Assert.Equal(new DateTime(2026, 12, 1, 7, 0, 0, DateTimeKind.Utc), clock.FromSchoolTime(new DateTime(2026, 12, 1, 8, 0, 0)));
        // 02:30 does not exist on 29 March 2026 in Paris (clocks go from 02:00 to 03:00): read as 03:30, not an error.
        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc), clock.FromSchoolTime(new DateTime(2026, 3, 29, 2, 30, 0)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Without_the_setting_the_school_is_in_Paris(string? value) =>
        Assert.Equal("Europe/Paris", SchoolClockSetup.Resolve(Settings(value)).Id);

    [Theory]
    [InlineData("Europe/Pariss")]
    [InlineData("Paris")]
    [InlineData("Mars/Olympus_Mons")]
    public void An_unknown_zone_stops_the_start_up_with_a_message_naming_the_setting(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => SchoolClockSetup.Resolve(Settings(value)));
        Assert.Contains("School__TimeZone", error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }
}
