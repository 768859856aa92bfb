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

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
