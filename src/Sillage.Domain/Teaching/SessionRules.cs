using Sillage.Domain.Calendar;

namespace Sillage.Domain.Teaching;

/// <summary>
/// What a session must respect to be recorded: a duration that fits a school day, a date inside the cohort's
/// training dates and outside the establishment's holidays, and no overlap with another session of one of its
/// teachers or of the same learners (the whole cohort overlaps each of its groups). Problems are French templates.
/// </summary>
public static class SessionRules
{
    public const int MinMinutes = 15;
    public const int MaxMinutes = 10 * 60;
    public static readonly TimeOnly DayStart = new(7, 0);
    public static readonly TimeOnly DayEnd = new(22, 0);

    public static IReadOnlyList<Message> Check(SessionSlot candidate, IEnumerable<SessionSlot> others, CohortDates dates, IReadOnlyList<SchoolHoliday> holidays)
    {
        var problems = new List<Message>();
        if (candidate.Minutes < MinMinutes || candidate.Minutes > MaxMinutes)
        {
            problems.Add(new Message("La durée doit être comprise entre {0} minutes et {1} heures.", MinMinutes, MaxMinutes / 60));
        }
        else if (candidate.Start < DayStart || candidate.Start.ToTimeSpan().TotalMinutes + candidate.Minutes > DayEnd.ToTimeSpan().TotalMinutes)
        {
            problems.Add(new Message("Une séance se tient entre {0:HH\\:mm} et {1:HH\\:mm} : commencée à {2:HH\\:mm}, une séance de {3} ne tient pas dans la journée.",
                DayStart, DayEnd, candidate.Start, Duration(candidate.Minutes)));
        }

        if (candidate.Date < dates.First || candidate.Date > dates.Last)
        {
            problems.Add(new Message("Le {0:d MMMM yyyy} est hors des dates de formation de la promotion (du {1:d MMMM yyyy} au {2:d MMMM yyyy}).",
                candidate.Date, dates.First, dates.Last));
        }
        else if (candidate.Date.DayOfWeek == DayOfWeek.Sunday)
        {
            problems.Add(new Message("Le {0:d MMMM yyyy} est un dimanche.", candidate.Date));
        }
        else if (holidays.FirstOrDefault(h => h.Start <= candidate.Date && candidate.Date <= h.End) is { } holiday)
        {
            problems.Add(new Message("Le {0:d MMMM yyyy} tombe pendant « {1} » (calendrier de l'établissement).", candidate.Date, holiday.Name));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        foreach (var other in others.Where(o => o.Id != candidate.Id && o.Date == candidate.Date && Overlaps(candidate, o)).OrderBy(o => o.Start))
        {
            foreach (var teacher in candidate.Teachers.Where(t => other.Teachers.Any(o => o.Id == t.Id)))
            {
                problems.Add(new Message("{0} a déjà une séance de {1:HH\\:mm} à {2:HH\\:mm} ce jour-là ({3}).", teacher.Name, other.Start, other.End, other.Label));
            }

            if (other.CohortId == candidate.CohortId && (other.GroupId is null || candidate.GroupId is null || other.GroupId == candidate.GroupId))
            {
                problems.Add(new Message("Les mêmes apprenants ont déjà une séance de {0:HH\\:mm} à {1:HH\\:mm} ce jour-là ({2}).", other.Start, other.End, other.Label));
            }
        }

        return problems;
    }

    public static bool Overlaps(SessionSlot a, SessionSlot b) => a.Date == b.Date && a.Start < b.End && b.Start < a.End;

    /// <summary>"1 h 30", "45 min", "2 h".</summary>
    public static string Duration(int minutes) =>
        minutes < 60 ? $"{minutes} min" : minutes % 60 == 0 ? $"{minutes / 60} h" : $"{minutes / 60} h {minutes % 60:00}";
}

/// <param name="Label">How the session is named in a message: its cohort (and group).</param>
public sealed record SessionSlot(Guid Id, Guid CohortId, Guid? GroupId, DateOnly Date, TimeOnly Start, int Minutes, IReadOnlyList<SessionTeacher> Teachers, string Label)
{
    public TimeOnly End => Start.AddMinutes(Math.Clamp(Minutes, 0, (24 * 60) - 1 - (int)Start.ToTimeSpan().TotalMinutes));
}

public sealed record SessionTeacher(Guid Id, string Name);

/// <summary>The days a cohort may have sessions: its plan's calendar (integration week included) or, without a
/// plan, its school year from 1 September to 31 August.</summary>
public sealed record CohortDates(DateOnly First, DateOnly Last)
{
    public static CohortDates Of(string schoolYear, Plan.PlanCalendar? calendar)
    {
        if (calendar is { First: { } first, Last: { } last })
        {
            return new CohortDates(first, last.AddDays(1));
        }

        var year = int.Parse(schoolYear[..4], System.Globalization.CultureInfo.InvariantCulture);
        return new CohortDates(new DateOnly(year, 9, 1), new DateOnly(year + 1, 8, 31));
    }
}
