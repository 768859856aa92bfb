namespace Sillage.Web.Infrastructure.Time;

/// <summary>
/// The school's clock: its current date and time, and the school date of a stored UTC instant, in the time zone of
/// the <c>School:TimeZone</c> setting. Every "today" (deadlines, default dates of forms, week numbers, day counts,
/// file names) comes from here, so that pages agree between midnight and the UTC day change. Instants that are stored
/// (<c>CreatedAt</c>, expiries) stay UTC from <see cref="TimeProvider"/>; tests pin both through it.
/// </summary>
public sealed class SchoolClock(TimeProvider time, TimeZoneInfo zone)
{
    public TimeZoneInfo Zone => zone;

    /// <summary>The current instant, as <see cref="TimeProvider.GetUtcNow"/> gives it.</summary>
    public DateTimeOffset GetUtcNow() => time.GetUtcNow();

    /// <summary>The school's wall-clock time now.</summary>
    public DateTime Now => ToSchoolTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The school's date now.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>A UTC instant as the school's wall-clock time.</summary>
    public DateTime ToSchoolTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>The school date of a UTC instant.</summary>
    public DateOnly ToSchoolDate(DateTime utc) => DateOnly.FromDateTime(ToSchoolTime(utc));

    /// <summary>A wall-clock time typed in the school's time zone (a datetime-local field), as UTC. A time skipped by
    /// the spring change (02:30 on the last Sunday of March in Paris) is read one hour later instead of failing.</summary>
    public DateTime FromSchoolTime(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(unspecified) ? unspecified.AddHours(1) : unspecified, zone);
    }
}
