namespace Sillage.Domain.People;

/// <summary>
/// The hours of training a learner actually followed, for an adult's funder and their certificate: the cahier de
/// textes' sessions that concerned them less the hours missed and the lateness, plus the company time done
/// (each period's done days at its weekly hours spread over its days of presence).
/// </summary>
public sealed record TrainingRecord(decimal SchoolHoursDue, decimal SchoolHoursMissed, int LateMinutes, decimal CompanyHours, int? PlannedHours)
{
    public decimal SchoolHoursAttended => Math.Max(0, Math.Round(SchoolHoursDue - SchoolHoursMissed - LateMinutes / 60m, 2));

    public decimal TotalHours => SchoolHoursAttended + CompanyHours;

    /// <summary>Share of the hours planned with the funder, in percent; null without a plan.</summary>
    public decimal? Completion => PlannedHours is > 0 ? Math.Round(TotalHours * 100m / PlannedHours.Value, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>Hours of a company period: <paramref name="doneDays"/> at <paramref name="weeklyHours"/> over
    /// <paramref name="daysPerWeek"/> days of presence a week.</summary>
    public static decimal CompanyHoursOf(int doneDays, decimal weeklyHours, int daysPerWeek) =>
        daysPerWeek <= 0 ? 0 : Math.Round(doneDays * weeklyHours / daysPerWeek, 2);
}
