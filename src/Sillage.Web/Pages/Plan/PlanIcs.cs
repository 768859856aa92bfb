using IcalCalendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Plan;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Plan;

/// <summary>
/// A plan as an iCalendar file (RFC 5545) to import in any agenda: the integration week, the runs of school weeks,
/// each PFMP block, the PFMP days of an alternance (a weekly recurrence skipping the weeks out of school), the
/// holidays, and the weekly autonomy and external-speaker slots when their day and time are set. The calendar and each
/// event link to the plan's page at the public address (<c>URL</c>, RFC 7986 and 5545). Its texts are in the language of
/// whoever downloads it.
/// </summary>
public static class PlanIcs
{
    /// <summary>Timed events (the weekly slots) are in the school's time zone (<see cref="SchoolClock"/>).</summary>
    public static string Build(PlanView view, SchoolClock clock, Uri planUrl, IStringLocalizer l)
    {
        var plan = view.Plan ?? throw new InvalidOperationException("No plan.");
        var weeks = view.Calendar!.Weeks;
        var calendar = new IcalCalendar();
        calendar.AddProperty("X-WR-CALNAME", l["Plan de formation — {0}", view.Cohort.Name]);
        calendar.AddProperty("URL", planUrl.AbsoluteUri);
        calendar.AddTimeZone(clock.Zone.Id);
        var stamp = new CalDateTime(clock.GetUtcNow().UtcDateTime, "UTC");
        var uid = 0;

        CalendarEvent Add(string summary, DateOnly first, DateOnly lastInclusive, string? description = null)
        {
            var e = new CalendarEvent
            {
                Uid = $"{view.Cohort.Id:N}-{++uid}@sillage",
                Summary = summary,
                Description = description,
                DtStart = new CalDateTime(first),
                DtEnd = new CalDateTime(lastInclusive.AddDays(1)),
                DtStamp = stamp,
                Transparency = "TRANSPARENT",
            };
            calendar.Events.Add(e);
            return e;
        }

        foreach (var week in weeks.Where(w => w.Kind == PlanWeekKind.Integration))
        {
            Add(l["Semaine d'accueil et d'intégration"], week.Monday, week.Friday, view.Cohort.Name);
        }

        foreach (var run in Runs(weeks, w => w.Kind == PlanWeekKind.School))
        {
            Add(l["Formation en établissement (semaines {0} à {1})", run[0].SchoolWeek, run[^1].SchoolWeek], run[0].Monday, run[^1].Friday, view.Cohort.Name);
        }

        foreach (var run in Runs(weeks, w => w.Kind == PlanWeekKind.Pfmp).SelectMany(r => r.GroupBy(w => w.PfmpBlock).Select(g => g.ToList())))
        {
            Add(l["PFMP — période n° {0} ({1})", run[0].PfmpBlock ?? 0, l.Format(PlanRules.Weeks(run.Count))], run[0].Monday, run[^1].Friday,
                l["Période de formation en milieu professionnel"]);
        }

        var school = weeks.Where(w => w.Kind == PlanWeekKind.School).ToList();
        if (plan.PfmpWeekdays != Weekdays.None && school.Count > 0)
        {
            var days = Weekday.All.Where(d => plan.PfmpWeekdays.HasFlag(d.Flag)).ToList();
            var first = school[0].Monday.AddDays(days.Min(d => ((int)d.Day + 6) % 7));
            var e = Add(l["PFMP (alternance : {0})", string.Join(", ", days.Select(d => l[d.Label].Value))], first, first,
                l["Jours en milieu professionnel pendant les semaines de formation"]);
            e.RecurrenceRule = new RecurrencePattern($"FREQ=WEEKLY;BYDAY={ByDay(days.Select(d => d.Day))};UNTIL={school[^1].Friday:yyyyMMdd}");
            foreach (var skipped in weeks.Where(w => w.Kind != PlanWeekKind.School && w.Monday > school[0].Monday && w.Monday < school[^1].Monday))
            {
                foreach (var day in days)
                {
                    e.ExceptionDates.Add(new CalDateTime(skipped.Monday.AddDays(((int)day.Day + 6) % 7)));
                }
            }
        }

        var start = weeks.Count == 0 ? plan.StartDate : weeks[0].Monday;
        var end = weeks.Count == 0 ? plan.StartDate : weeks[^1].Friday;
        foreach (var holiday in view.Holidays.Where(h => h.Overlaps(start, end)))
        {
            Add(l["Vacances : {0}", holiday.Name], holiday.Start, holiday.End);
        }

        Slot(calendar, l["Travail en autonomie en salle équipée"], plan.AutonomyDay, plan.AutonomyStart, plan.AutonomyHoursPerWeek, weeks, stamp, clock, view, ref uid);
        Slot(calendar, l["Intervention de personnes extérieures"], plan.SpeakerDay, plan.SpeakerStart, plan.SpeakerHoursPerWeek, weeks, stamp, clock, view, ref uid);
        foreach (var e in calendar.Events)
        {
            e.Url = planUrl;
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static void Slot(IcalCalendar calendar, string summary, DayOfWeek? day, TimeOnly? time, int hours, IReadOnlyList<PlanWeek> weeks,
        CalDateTime stamp, SchoolClock clock, PlanView view, ref int uid)
    {
        var school = weeks.Where(w => w.Kind == PlanWeekKind.School).ToList();
        if (day is not { } d || time is not { } t || hours <= 0 || school.Count == 0)
        {
            return;
        }

        var offset = ((int)d + 6) % 7;
        var first = school[0].Monday.AddDays(offset);
        var e = new CalendarEvent
        {
            Uid = $"{view.Cohort.Id:N}-{++uid}@sillage",
            Summary = summary,
            DtStart = new CalDateTime(first.Year, first.Month, first.Day, t.Hour, t.Minute, 0, clock.Zone.Id),
            Duration = Duration.FromHours(hours),
            DtStamp = stamp,
            RecurrenceRule = new RecurrencePattern($"FREQ=WEEKLY;BYDAY={ByDay([d])};UNTIL={Until(clock, school[^1].Friday)}"),
        };
        foreach (var skipped in weeks.Where(w => w.Kind != PlanWeekKind.School && w.Monday > school[0].Monday && w.Monday < school[^1].Monday))
        {
            var date = skipped.Monday.AddDays(offset);
            e.ExceptionDates.Add(new CalDateTime(date.Year, date.Month, date.Day, t.Hour, t.Minute, 0, clock.Zone.Id));
        }

        calendar.Events.Add(e);
    }

    /// <summary>The end of a school day as the UTC time RFC 5545 requires in UNTIL when DTSTART has a time zone.</summary>
    private static string Until(SchoolClock clock, DateOnly lastDay) =>
        clock.FromSchoolTime(lastDay.ToDateTime(new TimeOnly(23, 59, 59))).ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Consecutive weeks that satisfy the predicate.</summary>
    private static List<List<PlanWeek>> Runs(IReadOnlyList<PlanWeek> weeks, Func<PlanWeek, bool> predicate)
    {
        var runs = new List<List<PlanWeek>>();
        List<PlanWeek>? current = null;
        foreach (var week in weeks)
        {
            if (!predicate(week))
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                runs.Add(current = []);
            }

            current.Add(week);
        }

        return runs;
    }

    private static string ByDay(IEnumerable<DayOfWeek> days) =>
        string.Join(",", days.Select(d => d.ToString()[..2].ToUpperInvariant()));
}
