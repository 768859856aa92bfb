using Sillage.Domain;
using Sillage.Domain.People;
using Sillage.Domain.People.SchoolExports;

namespace Sillage.Web.Pages.People;

/// <summary>
/// What a SIECLE import would do to an establishment, computed from the read file, the division → cohort choices and
/// the establishment's learners, without writing anything: the preview shows it and the confirmation applies the same
/// plan (computed again). A learner is found by INE, then by name and birth date; pupils of divisions mapped to no
/// cohort (other diplomas) are skipped and counted.
/// </summary>
public sealed class SiecleImportPlan
{
    public enum Action { Create, Update, Deactivate, Unchanged, SkipLeft }

    public sealed record KnownLearner(Guid Id, string? Ine, string FirstName, string LastName, DateOnly? BirthDate, bool Deactivated, string? SchoolStatus);

    public sealed record Membership(Guid PersonId, Guid CohortId, string? Group);

    public sealed record Line(SieclePupil Pupil, Action Action, Guid? LearnerId, Guid CohortId, string Division, string? Group, string? Email, IReadOnlyList<Message> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    public required IReadOnlyList<Line> Lines { get; init; }
    public required IReadOnlyList<Message> FileErrors { get; init; }

    /// <summary>Each division of the file with its pupil count and MEF codes, and the cohort it maps to (null: skipped).</summary>
    public required IReadOnlyList<(string Code, int Pupils, string Mefs, Guid? CohortId)> Divisions { get; init; }
    public int SkippedPupils { get; init; }

    public bool IsValid => FileErrors.Count == 0 && Lines.All(l => l.IsValid);
    public bool ChangesNothing => Lines.All(l => l.Action is Action.Unchanged or Action.SkipLeft);
    public int Count(Action action) => Lines.Count(l => l.Action == action);

    public static SiecleImportPlan Build(SiecleExport.Result file, string establishmentUai, IReadOnlyDictionary<string, Guid?> mapping,
        IReadOnlyCollection<Guid> cohorts, IReadOnlyList<KnownLearner> known, IReadOnlyList<Membership> memberships,
        IReadOnlyDictionary<string, string> emails, ISet<string> takenEmails, DateOnly today)
    {
        var divisions = file.Pupils.SelectMany(p => p.Divisions.Select(d => (Division: d, p.Mef)))
            .GroupBy(x => x.Division, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), string.Join(", ", g.Select(x => x.Mef).OfType<string>().Distinct().Order(StringComparer.Ordinal)),
                mapping.GetValueOrDefault(g.Key)))
            .ToList();
        var fileErrors = SchoolImportChecks.FileErrors(file.FileErrors, file.Uai, establishmentUai, divisions.Select(d => (d.Key, d.Item4)).ToList(), cohorts);
        if (fileErrors.Count > 0)
        {
            return new() { Lines = [], FileErrors = fileErrors, Divisions = divisions };
        }

        var byIne = known.Where(k => k.Ine is not null).GroupBy(k => k.Ine!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var byPerson = known.Where(k => k.BirthDate is not null).GroupBy(k => (TextFolding.Fold(k.LastName + " " + k.FirstName), k.BirthDate!.Value))
            .ToDictionary(g => g.Key, g => g.ToList());
        var lines = new List<Line>();
        var skipped = 0;
        var typed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pupil in file.Pupils)
        {
            var division = pupil.Divisions.FirstOrDefault(d => mapping.GetValueOrDefault(d) is not null);
            if (division is null)
            {
                skipped++;
                continue;
            }

            var cohortId = mapping[division]!.Value;
            var errors = pupil.Errors.ToList();
            var learner = Match(pupil, byIne, byPerson, errors);
            var group = pupil.Groups.Count > 0 ? pupil.Groups[0] : null;
            var email = emails.GetValueOrDefault(pupil.PupilId)?.Trim();
            email = string.IsNullOrEmpty(email) ? null : PersonRules.NormalizeEmail(email);
            if (learner is null && email is not null && SchoolImportChecks.EmailProblem(email, pupil.PupilId, takenEmails, typed,
                    (twice, first) => new Message("Adresse e-mail « {0} » en double (déjà pour ELEVE_ID {1}).", twice, first)) is { } problem)
            {
                errors.Add(problem);
            }

            var action = learner is null
                ? pupil.HasLeft(today) ? Action.SkipLeft : Action.Create
                : pupil.HasLeft(today) ? learner.Deactivated ? Action.Unchanged : Action.Deactivate
                : Changes(pupil, learner, cohortId, group, memberships) ? Action.Update : Action.Unchanged;
            lines.Add(new Line(pupil, action, learner?.Id, cohortId, division, group, learner is null ? email : null, errors));
        }

        return new() { Lines = lines, FileErrors = [], Divisions = divisions, SkippedPupils = skipped };
    }

    private static KnownLearner? Match(SieclePupil pupil, Dictionary<string, KnownLearner> byIne,
        Dictionary<(string, DateOnly), List<KnownLearner>> byPerson, List<Message> errors)
    {
        if (pupil.Ine is { } ine && byIne.TryGetValue(ine, out var same))
        {
            return same;
        }

        if (pupil.BirthDate is not { } born || !byPerson.TryGetValue((TextFolding.Fold(pupil.LastName + " " + pupil.FirstName), born), out var candidates))
        {
            return null;
        }

        if (candidates.Count > 1)
        {
            errors.Add(new Message("{0} : plusieurs apprenants de l'établissement ont ce nom et cette date de naissance ; ajoutez l'INE à l'un d'eux.", pupil.Where));
            return null;
        }

        var learner = candidates[0];
        if (learner.Ine is not null && pupil.Ine is not null)
        {
            errors.Add(new Message("{0} : l'apprenant {1} {2} existe déjà avec un autre INE ({3}).", pupil.Where, learner.FirstName, learner.LastName, learner.Ine));
        }

        return learner;
    }

    private static bool Changes(SieclePupil pupil, KnownLearner learner, Guid cohortId, string? group, IReadOnlyList<Membership> memberships)
    {
        var membership = memberships.FirstOrDefault(m => m.PersonId == learner.Id && m.CohortId == cohortId);
        return learner.Ine is null || learner.SchoolStatus != pupil.Status || membership is null
               || (group is not null && !string.Equals(membership.Group, group, StringComparison.OrdinalIgnoreCase));
    }
}
