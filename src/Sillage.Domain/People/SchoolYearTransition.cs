namespace Sillage.Domain.People;

/// <summary>
/// The "new school year" rule: what the référent decided for each cohort of the year being closed (archive it,
/// follow it with a new cohort or an existing one of the next year) and which learners continue, checked as a whole.
/// Either every decision holds and <see cref="Check"/> returns no failure, or nothing is done.
/// </summary>
public static class SchoolYearTransition
{
    public const int NameLength = 150;

    /// <summary>The answer to a form sent after the year's cohorts changed (another référent closed the year, a cohort
    /// was created or archived meanwhile).</summary>
    public static readonly Message CohortsChanged = new("La liste des promotions de l'année a changé depuis l'ouverture de la page : vérifiez les choix et validez à nouveau.");

    /// <summary>The school year after "2026-2027": "2027-2028". Null when the value is not a school year.</summary>
    public static string? Next(string? year)
    {
        if (!Cohort.IsValidSchoolYear(year))
        {
            return null;
        }

        var start = int.Parse(year![5..], System.Globalization.CultureInfo.InvariantCulture);
        return $"{start}-{start + 1}";
    }

    /// <summary>The school year a date falls in: it starts on 1 August (the rentrée is at the end of August).</summary>
    public static string Of(DateOnly date)
    {
        var start = date.Month >= 8 ? date.Year : date.Year - 1;
        return $"{start}-{start + 1}";
    }

    public static IReadOnlyList<SchoolYearFailure> Check(SchoolYearFrame frame, IReadOnlyList<CohortDecision> decisions, IReadOnlyList<ContinuingLearner> continuing)
    {
        var failures = new List<SchoolYearFailure>();
        var posted = decisions.Select(d => d.CohortId).ToHashSet();
        if (posted.Count != decisions.Count || !posted.SetEquals(frame.Cohorts.Select(c => c.Id)))
        {
            // Another référent archived a cohort, or created one, since the page was opened.
            failures.Add(new(null, null, CohortsChanged));
            return failures;
        }

        var cohorts = frame.Cohorts.ToDictionary(c => c.Id);
        var newNames = new HashSet<string>(frame.NextYearCohorts.Select(c => c.Name), StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < decisions.Count; i++)
        {
            var decision = decisions[i];
            var cohort = cohorts[decision.CohortId];
            switch (decision.Successor)
            {
                case SuccessorKind.New:
                    var name = decision.NewName?.Trim() ?? "";
                    if (name.Length is 0 or > NameLength)
                    {
                        failures.Add(new(i, null, new Message("Donnez à la promotion qui suit « {0} » un nom de 1 à {1} caractères.", cohort.Name, NameLength)));
                    }
                    else if (!newNames.Add(name))
                    {
                        failures.Add(new(i, null, new Message("Une promotion « {0} » existe déjà (ou est créée deux fois) pour l'année {1}.", name, frame.NextYear)));
                    }

                    if (decision.NewFrameworkId is not { } framework || !frame.FrameworksFor(cohort).Contains(framework))
                    {
                        failures.Add(new(i, null, new Message("Choisissez pour la promotion qui suit « {0} » la même version du référentiel ou une plus récente.", cohort.Name)));
                    }

                    break;
                case SuccessorKind.Existing when frame.NextYearCohorts.All(c => c.Id != decision.ExistingId):
                    failures.Add(new(i, null, new Message("Choisissez une promotion de l'année {0} pour la suite de « {1} ».", frame.NextYear, cohort.Name)));
                    break;
            }

            if (!decision.Archive && decision.Successor == SuccessorKind.None)
            {
                failures.Add(new(i, null, new Message("Rien n'est prévu pour « {0} » : archivez-la, ou donnez-lui une suite.", cohort.Name)));
            }
        }

        foreach (var learner in continuing)
        {
            if (!posted.Contains(learner.FromCohortId) || !frame.LearnersOf(learner.FromCohortId).Contains(learner.LearnerId))
            {
                failures.Add(new(null, learner.LearnerId, new Message("{0} n'est plus dans cette promotion : rechargez la page.", learner.Name)));
            }
            else if (decisions.Single(d => d.CohortId == learner.FromCohortId).Successor == SuccessorKind.None)
            {
                failures.Add(new(null, learner.LearnerId, new Message("{0} continue, mais sa promotion « {1} » n'a pas de suite : créez-en une ou choisissez une promotion de l'année {2}.",
                    learner.Name, cohorts[learner.FromCohortId].Name, frame.NextYear)));
            }
        }

        return failures;
    }
}
