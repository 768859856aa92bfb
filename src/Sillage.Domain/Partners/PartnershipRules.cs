namespace Sillage.Domain.Partners;

/// <summary>
/// What a partnership event must satisfy before it is saved: times in order, hours within the event's length, tax
/// amounts in euros and cents for a partner of the event, learners of the linked cohorts only, a plausible date.
/// The same rules serve the form and the demo; the web layer turns each failure into a field message.
/// </summary>
public static class PartnershipRules
{
    public const int MaxTitleLength = 200;
    public const int MaxPlaceLength = 200;
    public const int MaxSpeakerLength = 150;
    public const int MaxNotesLength = 2000;
    public const decimal MaxHours = 200;
    public const decimal MaxAmount = 10_000_000;

    /// <summary>An event is dated at most this many years back (a school keeps its history) and ahead (planned).</summary>
    public const int YearsBack = 10;
    public const int YearsAhead = 2;

    /// <summary>One tax contribution as entered.</summary>
    public sealed record Contribution(Guid PartnerId, decimal Amount, string SchoolYear);

    /// <summary>The event as entered, with the learners of each linked cohort (the cohorts' memberships).</summary>
    public sealed record Draft(
        DateOnly Date, TimeOnly? StartTime, TimeOnly? EndTime, decimal? Hours,
        IReadOnlyCollection<Guid> PartnerIds, IReadOnlyCollection<Guid> LearnerIds, IReadOnlyList<Contribution> Contributions,
        IReadOnlyDictionary<Guid, IReadOnlySet<Guid>> LearnersByCohort);

    /// <summary>The failures, by field of the form: "StartTime", "EndTime", "Hours", "Date", "LearnerIds",
    /// "Contributions[i].Amount"…; empty when the event may be saved.</summary>
    public static IReadOnlyList<(string Field, Message Error)> Check(Draft draft, DateOnly today)
    {
        var errors = new List<(string, Message)>();
        if (draft.Date < today.AddYears(-YearsBack) || draft.Date > today.AddYears(YearsAhead))
        {
            errors.Add(("Date", new Message("La date doit être comprise entre le {0:d} et le {1:d}.", today.AddYears(-YearsBack), today.AddYears(YearsAhead))));
        }

        if (draft.StartTime is null != draft.EndTime is null)
        {
            errors.Add((draft.StartTime is null ? "StartTime" : "EndTime", new Message("Saisissez l'heure de début et l'heure de fin, ou aucune des deux.")));
        }
        else if (draft.EndTime <= draft.StartTime)
        {
            errors.Add(("EndTime", new Message("L'heure de fin doit être après l'heure de début.")));
        }

        if (draft.Hours is { } hours)
        {
            if (hours <= 0 || hours > MaxHours)
            {
                errors.Add(("Hours", new Message("Le nombre d'heures doit être supérieur à 0 et au plus {0}.", MaxHours)));
            }
            else if (Length(draft.StartTime, draft.EndTime) is { } length && hours > length)
            {
                errors.Add(("Hours", new Message("Les heures comptées ({0} h) dépassent la durée de l'évènement ({1} h).", hours, length)));
            }
        }

        var allowed = draft.LearnersByCohort.Values.SelectMany(l => l).ToHashSet();
        if (draft.LearnerIds.Any(l => !allowed.Contains(l)))
        {
            errors.Add(("LearnerIds", new Message("Seuls les apprenants des promotions cochées peuvent être indiqués comme participants.")));
        }

        for (var i = 0; i < draft.Contributions.Count; i++)
        {
            var c = draft.Contributions[i];
            if (!draft.PartnerIds.Contains(c.PartnerId))
            {
                errors.Add(($"Contributions[{i}].PartnerId", new Message("Le versement doit venir d'un des partenaires de l'évènement.")));
            }

            if (c.Amount <= 0 || c.Amount > MaxAmount || decimal.Round(c.Amount, 2) != c.Amount)
            {
                errors.Add(($"Contributions[{i}].Amount", new Message("Le montant est un nombre d'euros positif, avec deux décimales au plus.")));
            }

            if (!People.Cohort.IsValidSchoolYear(c.SchoolYear))
            {
                errors.Add(($"Contributions[{i}].SchoolYear", new Message("L'année scolaire s'écrit « 2026-2027 ».")));
            }
        }

        return errors;
    }

    /// <summary>The event's length in hours when both times are given and in order.</summary>
    public static decimal? Length(TimeOnly? start, TimeOnly? end) =>
        start is { } s && end is { } e && e > s ? (decimal)(e - s).TotalMinutes / 60m : null;

    /// <summary>The school year of a date for the partnership report: 1 September to 31 August.</summary>
    public static string SchoolYearOf(DateOnly date)
    {
        var start = date.Month >= 9 ? date.Year : date.Year - 1;
        return $"{start}-{start + 1}";
    }

    /// <summary>The first and last days of a school year "2026-2027"; null when the text is not one.</summary>
    public static (DateOnly First, DateOnly Last)? YearBounds(string? schoolYear) =>
        People.Cohort.IsValidSchoolYear(schoolYear)
            ? (new DateOnly(int.Parse(schoolYear![..4], System.Globalization.CultureInfo.InvariantCulture), 9, 1),
               new DateOnly(int.Parse(schoolYear[5..], System.Globalization.CultureInfo.InvariantCulture), 8, 31))
            : null;
}
