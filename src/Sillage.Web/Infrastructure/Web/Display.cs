using System.Globalization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Infrastructure.Web;

/// <summary>Dates as French users read them: instants in the school's time zone (<see cref="SchoolClock"/>), in the
/// current culture. Views have one as <c>Display</c> (_ViewImports.cshtml); the formats that need no time zone are
/// static.</summary>
public sealed class Display(SchoolClock school)
{
    public static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    public string Date(System.DateTime utc) => school.ToSchoolTime(utc).ToString("d", CultureInfo.CurrentCulture);

    public string DateTime(System.DateTime? utc) =>
        utc is { } value ? school.ToSchoolTime(value).ToString("g", CultureInfo.CurrentCulture) : "";

    public static string Number(double value, int decimals = 0) => value.ToString("N" + decimals, CultureInfo.CurrentCulture);
}
