namespace Sillage.Domain.Pfmp;

/// <summary>
/// An apprentice's alternation by weeks: <see cref="CompanyWeeks"/> weeks in the company then <see cref="SchoolWeeks"/>
/// weeks at school, repeated from the week of the contract's first day. <see cref="None"/> (0 and 0) means every week
/// follows the weekly rhythm of days alone (e.g. three days in the company, two at school).
/// </summary>
public readonly record struct Alternation(int CompanyWeeks, int SchoolWeeks)
{
    public const int MaxWeeks = 12;

    public static readonly Alternation None = new(0, 0);

    public bool IsNone => CompanyWeeks == 0 && SchoolWeeks == 0;

    /// <summary>Whether <paramref name="day"/> falls in a company week of a rhythm that starts on <paramref name="start"/>.</summary>
    public bool IsCompanyWeek(DateOnly start, DateOnly day)
    {
        if (IsNone || SchoolWeeks == 0)
        {
            return true;
        }

        var week = (Monday(day).DayNumber - Monday(start).DayNumber) / 7;
        return week >= 0 && week % (CompanyWeeks + SchoolWeeks) < CompanyWeeks;
    }

    /// <summary>The problems of the rhythm, none when it is usable.</summary>
    public IReadOnlyList<Message> Check(WorkWeek companyDays)
    {
        var problems = new List<Message>();
        if (CompanyWeeks < 0 || SchoolWeeks < 0 || CompanyWeeks > MaxWeeks || SchoolWeeks > MaxWeeks || (CompanyWeeks == 0) != (SchoolWeeks == 0))
        {
            problems.Add(new Message("L'alternance par semaines compte de 1 à {0} semaines en entreprise et de 1 à {0} semaines au centre de formation (ou aucune des deux).", MaxWeeks));
        }
        else if ((IsNone || SchoolWeeks == 0) && (companyDays & WorkWeek.MondayToFriday) == WorkWeek.MondayToFriday)
        {
            problems.Add(new Message("Ce rythme ne laisse aucun jour de formation au centre : retirez un jour de la semaine en entreprise ou indiquez une alternance par semaines."));
        }

        return problems;
    }

    /// <summary>The weeks of a contract from <paramref name="start"/> to <paramref name="end"/>, each with where the
    /// apprentice is: the calendar of the rhythm shown to the apprentice and the team.</summary>
    public IReadOnlyList<RhythmWeek> Weeks(DateOnly start, DateOnly end, WorkWeek companyDays)
    {
        var weeks = new List<RhythmWeek>();
        for (var monday = Monday(start); monday <= end; monday = monday.AddDays(7))
        {
            var place = !IsCompanyWeek(start, monday < start ? start : monday) ? WeekPlace.School
                : (companyDays & WorkWeek.MondayToFriday) == WorkWeek.MondayToFriday ? WeekPlace.Company
                : WeekPlace.Shared;
            weeks.Add(new RhythmWeek(monday, place, place == WeekPlace.School ? WorkWeek.None : companyDays));
        }

        return weeks;
    }

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

/// <summary>Where an apprentice spends a week: in the company, at the training centre, or shared between the two
/// (the company's days, the centre the others).</summary>
public enum WeekPlace
{
    Company = 1,
    School = 2,
    Shared = 3,
}

/// <summary>A week of an apprenticeship contract: its Monday, where the apprentice is, and their days in the company.</summary>
public sealed record RhythmWeek(DateOnly Monday, WeekPlace Place, WorkWeek CompanyDays);
