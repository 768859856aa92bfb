using Sillage.Domain;
using Sillage.Domain.People;
using Sillage.Domain.People.SchoolExports;

namespace Sillage.Web.Pages.People;

/// <summary>
/// What an STS-web import would do to an establishment, computed from the read file, the division → cohort choices and
/// the establishment's teachers, without writing anything: the preview shows it and the confirmation applies the same
/// plan (computed again). A teacher is found by STS ID, then by name among the establishment's teachers and référents;
/// services of divisions mapped to no cohort are skipped (the divisions counted). Teachers no longer in the file are
/// listed, never deactivated.
/// </summary>
public sealed class StsImportPlan
{
    public enum Action { Create, Update, Unchanged }

    /// <summary>A teacher or référent of the establishment; <paramref name="Teaches"/> when they have the teacher role or
    /// came from an STS-web file (a référent who does not teach is never "absent du fichier").</summary>
    public sealed record KnownTeacher(Guid Id, string? StsId, string FirstName, string LastName, bool Deactivated, bool Teaches = true);

    public sealed record Membership(Guid PersonId, Guid CohortId, CohortRole Role, string? Subject);

    /// <summary>A cohort a teacher joins (or is in), with the subjects of their services in its divisions.</summary>
    public sealed record Assignment(Guid CohortId, string Divisions, string? Subject);

    public sealed record Line(StsTeacher Teacher, Action Action, Guid? TeacherId, IReadOnlyList<Assignment> Cohorts, string? Email, IReadOnlyList<Message> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    public sealed record Division(string Code, int Services, string Subjects, Guid? CohortId);

    public required IReadOnlyList<Line> Lines { get; init; }
    public required IReadOnlyList<Message> FileErrors { get; init; }

    /// <summary>Each division of the file that has services, with the cohort it maps to (null: skipped).</summary>
    public required IReadOnlyList<Division> Divisions { get; init; }

    /// <summary>Active teachers (and référents) of the establishment the file does not list: kept as they are.</summary>
    public IReadOnlyList<KnownTeacher> Absent { get; init; } = [];

    public int SkippedDivisions => Divisions.Count(d => d.CohortId is null);
    public bool IsValid => FileErrors.Count == 0 && Lines.All(l => l.IsValid);
    public bool ChangesNothing => Lines.All(l => l.Action == Action.Unchanged);
    public int Count(Action action) => Lines.Count(l => l.Action == action);

    public static StsImportPlan Build(StsExport.Result file, string establishmentUai, IReadOnlyDictionary<string, Guid?> mapping,
        IReadOnlyCollection<Guid> cohorts, IReadOnlyList<KnownTeacher> known, IReadOnlyList<Membership> memberships,
        IReadOnlyDictionary<string, string> emails, ISet<string> takenEmails)
    {
        var divisions = file.Services.GroupBy(s => s.Division, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Division(g.Key, g.Count(), string.Join(", ", g.Select(s => s.Subject).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                mapping.GetValueOrDefault(g.Key)))
            .ToList();
        var fileErrors = SchoolImportChecks.FileErrors(file.FileErrors, file.Uai, establishmentUai, divisions.Select(d => (d.Code, d.CohortId)).ToList(), cohorts);
        if (fileErrors.Count > 0)
        {
            return new() { Lines = [], FileErrors = fileErrors, Divisions = divisions };
        }

        var byStsId = known.Where(k => k.StsId is not null).GroupBy(k => k.StsId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byName = known.GroupBy(k => TextFolding.Fold(k.LastName + " " + k.FirstName)).ToDictionary(g => g.Key, g => g.ToList());
        var matched = new Dictionary<Guid, StsTeacher>();
        var typed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = new List<Line>();
        foreach (var teacher in file.Teachers)
        {
            var errors = teacher.Errors.ToList();
            var person = teacher.IsValid ? Match(teacher, byStsId, byName, errors) : null;
            if (person is not null && !matched.TryAdd(person.Id, teacher))
            {
                errors.Add(new Message("Élément INDIVIDU ligne {0} : {1} {2} correspond déjà à l'INDIVIDU ligne {3} (ID {4}).",
                    teacher.Line, person.FirstName, person.LastName, matched[person.Id].Line, matched[person.Id].StsId));
            }

            var assignments = Assignments(teacher, file.Services, mapping);
            foreach (var a in assignments)
            {
                if (person is not null && memberships.Any(m => m.PersonId == person.Id && m.CohortId == a.CohortId && m.Role != CohortRole.Teacher))
                {
                    errors.Add(new Message("Élément INDIVIDU ligne {0} : {1} {2} est apprenant de la promotion de la division {3}.", teacher.Line, person.FirstName, person.LastName, a.Divisions));
                }
            }

            var email = emails.GetValueOrDefault(teacher.StsId)?.Trim();
            email = person is not null || string.IsNullOrEmpty(email) ? null : PersonRules.NormalizeEmail(email);
            if (email is not null && SchoolImportChecks.EmailProblem(email, teacher.StsId, takenEmails, typed,
                    (twice, first) => new Message("Adresse e-mail « {0} » en double (déjà pour l'INDIVIDU ID {1}).", twice, first)) is { } problem)
            {
                errors.Add(problem);
            }

            var action = person is null ? Action.Create
                : person.StsId is null || assignments.Any(a => !memberships.Any(m => m.PersonId == person.Id && m.CohortId == a.CohortId && m.Subject == a.Subject))
                    ? Action.Update : Action.Unchanged;
            lines.Add(new Line(teacher, action, person?.Id, assignments, email, errors));
        }

        var absent = known.Where(k => !k.Deactivated && (k.Teaches || k.StsId is not null) && !matched.ContainsKey(k.Id)).OrderBy(k => k.LastName, StringComparer.Ordinal).ThenBy(k => k.FirstName, StringComparer.Ordinal).ToList();
        return new() { Lines = lines, FileErrors = [], Divisions = divisions, Absent = absent };
    }

    private static KnownTeacher? Match(StsTeacher teacher, Dictionary<string, KnownTeacher> byStsId, Dictionary<string, List<KnownTeacher>> byName, List<Message> errors)
    {
        if (byStsId.TryGetValue(teacher.StsId, out var same))
        {
            return same;
        }

        if (!byName.TryGetValue(TextFolding.Fold(teacher.LastName + " " + teacher.FirstName), out var candidates))
        {
            return null;
        }

        if (candidates.Count > 1)
        {
            errors.Add(new Message("Élément INDIVIDU ligne {0} : plusieurs enseignants de l'établissement s'appellent {1} {2} ; rien ne dit lequel est l'ID {3}.",
                teacher.Line, teacher.FirstName, teacher.LastName, teacher.StsId));
            return null;
        }

        var person = candidates[0];
        if (person.StsId is not null)
        {
            errors.Add(new Message("Élément INDIVIDU ligne {0} : l'enseignant {1} {2} existe déjà avec un autre identifiant STS ({3}).", teacher.Line, person.FirstName, person.LastName, person.StsId));
        }

        return person;
    }

    /// <summary>The cohorts of the teacher's services in mapped divisions; the subjects of one cohort joined.</summary>
    private static List<Assignment> Assignments(StsTeacher teacher, IReadOnlyList<StsService> services, IReadOnlyDictionary<string, Guid?> mapping) =>
        services.Where(s => s.TeacherIds.Contains(teacher.StsId) && mapping.GetValueOrDefault(s.Division) is not null)
            .GroupBy(s => mapping[s.Division]!.Value)
            .Select(g =>
            {
                var subject = string.Join(", ", g.Select(s => s.Subject).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
                return new Assignment(g.Key, string.Join(", ", g.Select(s => s.Division).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)),
                    subject.Length == 0 ? null : subject[..Math.Min(subject.Length, CohortMember.MaxSubjectLength)]);
            })
            .OrderBy(a => a.Divisions, StringComparer.Ordinal)
            .ToList();
}
