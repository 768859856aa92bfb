namespace Sillage.Domain.Career;

/// <summary>
/// The insertion follow-up's rules. A learner has <b>left</b> when every cohort they were a learner of is archived
/// (the school year was closed without them going on) or when their account was deactivated (the référent, or the
/// SIECLE import for a pupil with an exit date). They left on the earlier of the deactivation day and the end of
/// their last cohort's school year (30 June). The 6- and 12-month situations are due 6 and 12 months after that day;
/// a situation is recorded once its milestone is reached, for a day between the milestone and today.
/// </summary>
public static class FollowUpRules
{
    public sealed record Membership(string SchoolYear, bool Archived);

    public sealed record Problem(string Field, Message Text);

    /// <summary>The day the learner left, or null while they are still in training.</summary>
    public static DateOnly? LeftOn(IReadOnlyCollection<Membership> cohorts, DateOnly? deactivatedOn)
    {
        var yearEnd = cohorts.Count == 0 ? (DateOnly?)null : cohorts.Select(c => YearEnd(c.SchoolYear)).Max();
        if (deactivatedOn is { } gone)
        {
            return yearEnd is { } end && end < gone ? end : gone;
        }

        return cohorts.Count > 0 && cohorts.All(c => c.Archived) ? yearEnd : null;
    }

    /// <summary>30 June of the school year's second year ("2025-2026" → 30 June 2026).</summary>
    public static DateOnly YearEnd(string schoolYear) =>
        int.TryParse(schoolYear.AsSpan(5), out var end) ? new DateOnly(end, 6, 30) : DateOnly.MaxValue;

    public static DateOnly DueOn(DateOnly leftOn, FollowUpMilestone milestone) => leftOn.AddMonths((int)milestone);

    public static IReadOnlyList<Problem> Check(DateOnly leftOn, FollowUpMilestone milestone, DateOnly? observedOn, SituationKind? kind,
        EmploymentContract? contract, string? studies, string? employer, string? details, DateOnly today)
    {
        var problems = new List<Problem>();
        var due = DueOn(leftOn, milestone);
        if (!Enum.IsDefined(milestone))
        {
            problems.Add(new("Milestone", new Message("Choisissez l'échéance : 6 ou 12 mois.")));
            return problems;
        }

        if (due > today)
        {
            problems.Add(new("Milestone", new Message("La situation à {0} mois se renseigne à partir du {1:d MMMM yyyy} ({0} mois après la fin de la formation).", (int)milestone, due)));
        }

        if (observedOn is not { } observed)
        {
            problems.Add(new("ObservedOn", new Message("Indiquez la date à laquelle la situation est constatée.")));
        }
        else if (observed > today)
        {
            problems.Add(new("ObservedOn", new Message("La date de la situation ne peut pas être dans le futur.")));
        }
        else if (observed < leftOn)
        {
            problems.Add(new("ObservedOn", new Message("La date de la situation précède la fin de la formation ({0:d MMMM yyyy}).", leftOn)));
        }

        if (kind is not { } k || !Enum.IsDefined(k))
        {
            problems.Add(new("Kind", new Message("Choisissez une situation.")));
        }
        else if (k == SituationKind.Employment && (contract is not { } c || !Enum.IsDefined(c)))
        {
            problems.Add(new("Contract", new Message("Pour un emploi, indiquez le contrat (CDI, CDD, intérim, indépendant).")));
        }
        else if (k == SituationKind.FurtherStudies && string.IsNullOrWhiteSpace(studies))
        {
            problems.Add(new("Studies", new Message("Pour une poursuite d'études, indiquez laquelle.")));
        }

        foreach (var (field, value, max) in new[] { ("Studies", studies, GraduateSituation.MaxTextLength), ("Employer", employer, GraduateSituation.MaxTextLength), ("Details", details, GraduateSituation.MaxDetailsLength) })
        {
            if (value?.Trim().Length > max)
            {
                problems.Add(new(field, new Message("{0} caractères au plus.", max)));
            }
        }

        return problems;
    }
}
