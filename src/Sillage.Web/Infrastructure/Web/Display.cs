using System.Globalization;

namespace Sillage.Web.Infrastructure.Web;

/// <summary>Dates as French users read them: in the school's time zone and the current culture.</summary>
public static class Display
{
    private static readonly TimeZoneInfo SchoolZone = FindZone();

    public static System.DateTime ToSchoolTime(System.DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), SchoolZone);

    /// <summary>A wall-clock time typed in the school's time zone (a datetime-local field), as UTC.</summary>
    public static System.DateTime FromSchoolTime(System.DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(System.DateTime.SpecifyKind(local, DateTimeKind.Unspecified), SchoolZone);

    public static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    public static string Date(System.DateTime utc) => ToSchoolTime(utc).ToString("d", CultureInfo.CurrentCulture);

    public static string DateTime(System.DateTime? utc) =>
        utc is { } value ? ToSchoolTime(value).ToString("g", CultureInfo.CurrentCulture) : "";

    public static string Number(double value, int decimals = 0) => value.ToString("N" + decimals, CultureInfo.CurrentCulture);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
