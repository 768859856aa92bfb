using Sillage.Domain.Calendar;

namespace Sillage.Domain.Plan;

/// <summary>
/// A plan laid out week by week from its start: the integration week, then school weeks until the planned number
/// is reached, skipping the establishment's holidays (a week with three school days off or more is a holiday
/// week) and the PFMP blocks; weeks between the last school week and a later PFMP block are free.
/// </summary>
public sealed class PlanCalendar
{
    /// <summary>A plan spreads over one school year; two years means the figures are wrong.</summary>
    public const int MaxWeeks = 104;

    /// <summary>School days off that make a week a holiday week.</summary>
    public const int HolidayWeekDays = 3;

    private PlanCalendar(IReadOnlyList<PlanWeek> weeks, IReadOnlyList<Message> warnings)
    {
        Weeks = weeks;
        Warnings = warnings;
        PfmpWeeks = weeks.Count(w => w.Kind == PlanWeekKind.Pfmp) + (weeks.Sum(w => w.Kind == PlanWeekKind.School ? w.PfmpDays : 0) / 5m);
        SchoolWeeks = weeks.Count(w => w.Kind == PlanWeekKind.School);
    }

    public IReadOnlyList<PlanWeek> Weeks { get; }

    /// <summary>Calendar remarks that are not guide rules (PFMP during holidays, before the start…).</summary>
    public IReadOnlyList<Message> Warnings { get; }

    /// <summary>PFMP blocks' weeks plus alternance days (five days make a week).</summary>
    public decimal PfmpWeeks { get; }
    public int SchoolWeeks { get; }

    public DateOnly? First => Weeks.Count == 0 ? null : Weeks[0].Monday;

    /// <summary>The Friday of the last week.</summary>
    public DateOnly? Last => Weeks.Count == 0 ? null : Weeks[^1].Monday.AddDays(4);

    public static PlanCalendar Build(TrainingPlan plan, IReadOnlyList<SchoolHoliday> holidays)
    {
        var warnings = new List<Message>();
        var weeks = new List<PlanWeek>();
        var start = Weekday.Monday(plan.StartDate);
        var pfmp = new Dictionary<DateOnly, int>();
        foreach (var (period, i) in plan.PfmpBlocks.OrderBy(p => p.Start).Select((p, i) => (p, i + 1)))
        {
            var monday = Weekday.Monday(period.Start);
            if (monday < start)
            {
                warnings.Add(new Message("La période de PFMP n° {0} (semaine du {1:d MMMM yyyy}) commence avant le début de la formation ({2:d MMMM yyyy}).", i, monday, start));
            }

            for (var w = 0; w < period.Weeks; w++)
            {
                pfmp.TryAdd(monday.AddDays(7 * w), i);
            }
        }

        if (plan.IntegrationWeek)
        {
            var monday = start.AddDays(-7);
            var (days, name) = HolidayDays(monday, holidays);
            weeks.Add(new PlanWeek(monday, PlanWeekKind.Integration, 0, 0, name, days, null));
        }

        var lastPfmp = pfmp.Count == 0 ? DateOnly.MinValue : pfmp.Keys.Max();
        var school = 0;
        for (var monday = start; (school < plan.SchoolWeeks || monday <= lastPfmp) && weeks.Count < MaxWeeks; monday = monday.AddDays(7))
        {
            var (days, holiday) = HolidayDays(monday, holidays);
            if (pfmp.TryGetValue(monday, out var period))
            {
                if (days > 0)
                {
                    warnings.Add(new Message("La période de PFMP n° {0} passe par « {1} » (semaine du {2:d MMMM yyyy}).", period, holiday ?? "", monday));
                }

                weeks.Add(new PlanWeek(monday, PlanWeekKind.Pfmp, 0, 5, holiday, days, period));
            }
            else if (days >= HolidayWeekDays)
            {
                weeks.Add(new PlanWeek(monday, PlanWeekKind.Holiday, 0, 0, holiday, days, null));
            }
            else if (school < plan.SchoolWeeks)
            {
                school++;
                weeks.Add(new PlanWeek(monday, PlanWeekKind.School, school, plan.PfmpDaysPerWeek, holiday, days, null));
            }
            else
            {
                weeks.Add(new PlanWeek(monday, PlanWeekKind.Free, 0, 0, holiday, days, null));
            }
        }

        if (weeks.Count >= MaxWeeks)
        {
            warnings.Add(new Message("Le calendrier dépasse {0} semaines : vérifiez le nombre de semaines et les dates de PFMP.", MaxWeeks));
        }

        return new PlanCalendar(weeks, warnings);
    }

    /// <summary>School days (Monday–Friday) of the week inside a holiday period, and the first such period's name.</summary>
    public static (int Days, string? Name) HolidayDays(DateOnly monday, IReadOnlyList<SchoolHoliday> holidays)
    {
        var days = 0;
        string? name = null;
        for (var d = 0; d < 5; d++)
        {
            var day = monday.AddDays(d);
            var holiday = holidays.FirstOrDefault(h => h.Start <= day && day <= h.End);
            if (holiday is not null)
            {
                days++;
                name ??= holiday.Name;
            }
        }

        return (days, name);
    }
}

public enum PlanWeekKind
{
    Integration = 1,
    School = 2,
    Pfmp = 3,
    Holiday = 4,
    Free = 5,
}

/// <param name="Monday">The week's Monday.</param>
/// <param name="SchoolWeek">Rank of a school week (1…), 0 for the other kinds.</param>
/// <param name="PfmpDays">PFMP days in the week: 5 in a PFMP block, the alternance days in a school week.</param>
/// <param name="Holiday">Name of a holiday period touching the week.</param>
/// <param name="HolidayDays">School days off in the week.</param>
/// <param name="PfmpBlock">Rank of the PFMP block (1…) for a PFMP week.</param>
public sealed record PlanWeek(DateOnly Monday, PlanWeekKind Kind, int SchoolWeek, int PfmpDays, string? Holiday, int HolidayDays, int? PfmpBlock)
{
    public DateOnly Friday => Monday.AddDays(4);
}
