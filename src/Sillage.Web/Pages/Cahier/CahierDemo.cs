using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Plan;
using Sillage.Domain.Situations;
using Sillage.Domain.Teaching;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Cahier;

/// <summary>
/// The demo cohort's cahier de textes: three months of a school week from the plan's start (never in the
/// future): blocs taught by the économie-gestion teachers, English, half-group sessions in parallel, the situation
/// under way, a co-intervention and a traces workshop each week, an outside speaker every other Friday; and the
/// register: a few absences (some justified) and lateness.
/// </summary>
public sealed class CahierDemo(SillageDb db, CahierAccess cahier) : IDemoContributor
{
    public const int Weeks = 13;

    public int Order => 60;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == context.CohortId, cancellationToken);
        var plan = await db.TrainingPlans.AsNoTracking().Include(p => p.Blocks).Include(p => p.PfmpBlocks).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.CohortId == cohort.Id, cancellationToken);
        if (plan is null)
        {
            return;
        }

        var holidays = await db.SchoolHolidays.AsNoTracking().Where(h => h.EstablishmentId == context.EstablishmentId).ToListAsync(cancellationToken);
        var calendar = PlanCalendar.Build(plan, holidays);
        var outline = await cahier.OutlineAsync(cohort.FrameworkId, cancellationToken);
        var competences = outline.Elements.Where(e => !e.IsBlock && e.BlockCode is not null).GroupBy(e => e.BlockCode!).ToDictionary(g => g.Key, g => g.ToList());
        var groups = await db.Groups.Where(g => g.CohortId == cohort.Id).OrderBy(g => g.Name).Select(g => g.Id).ToListAsync(cancellationToken);
        var learners = await db.CohortMembers.Where(m => m.CohortId == cohort.Id && m.Role == Domain.People.CohortRole.Learner)
            .Select(m => new { m.PersonId, m.GroupId }).ToListAsync(cancellationToken);
        var assignments = await db.SituationAssignments.AsNoTracking().Where(a => a.CohortId == cohort.Id)
            .Select(a => new { a.SituationId, a.Scope, a.GroupId, a.Start, a.End }).ToListAsync(cancellationToken);
        var situationIds = assignments.Select(a => a.SituationId).ToList();
        var missionElements = await db.Missions.Where(m => situationIds.Contains(m.SituationId) && m.RemovedAt == null)
            .Select(m => new { m.Id, m.SituationId, m.SortOrder, Elements = m.Competences.Select(c => c.ElementId).ToList() }).ToListAsync(cancellationToken);

        var eco = context.Person("prof.eco");
        var gestion = context.PeopleByEmail.GetValueOrDefault(context.Email("prof.gestion"), eco);
        var english = context.PeopleByEmail.GetValueOrDefault(context.Email("prof.anglais"), eco);
        var end = calendar.First is { } first ? first.AddDays(Weeks * 7) : context.Today;
        var weekIndex = 0;
        var sessions = new List<ClassSession>();
        foreach (var week in calendar.Weeks.Where(w => w.Kind == PlanWeekKind.School && w.Monday < end && w.Monday < context.Today))
        {
            weekIndex++;
            Guid? Competence(string block, int shift)
            {
                var list = competences.GetValueOrDefault(block);
                return list is null || list.Count == 0 ? null : list[(weekIndex + shift) % list.Count].Id;
            }

            void Add(int day, int hour, int minutes, Guid[] teachers, string block, string content, SessionKind kind = SessionKind.Class, bool inEnglish = false,
                Guid? group = null, string? homework = null, string? speaker = null, Guid? situation = null, Guid? mission = null, IEnumerable<Guid>? elements = null)
            {
                var date = week.Monday.AddDays(day);
                if (date >= context.Today || holidays.Any(h => h.Start <= date && date <= h.End))
                {
                    return;
                }

                var session = new ClassSession
                {
                    CohortId = cohort.Id, GroupId = group, Date = date, Start = new TimeOnly(hour, 0), DurationMinutes = minutes, Kind = kind, InEnglish = inEnglish,
                    Content = content, Homework = homework, Speaker = speaker, SituationId = situation, MissionId = mission,
                    CreatedAt = context.Now, CreatedById = teachers[0], UpdatedAt = context.Now, UpdatedById = teachers[0],
                };
                session.Teachers.AddRange(teachers.Distinct().Select(t => new ClassSessionTeacher { SessionId = session.Id, TeacherId = t }));
                var ids = (elements ?? new[] { Competence(block, 0) }.OfType<Guid>()).Distinct();
                session.Elements.AddRange(ids.Select(e => new ClassSessionElement { SessionId = session.Id, ElementId = e }));
                sessions.Add(session);
            }

            Add(0, 8, 120, [eco], "B1", "Accueil des demandes des utilisateurs : reformulation, qualification, suivi dans l'outil de tickets.", homework: "Relire la fiche sur la qualification d'une demande.");
            Add(0, 10, 120, [gestion], "B2", "Administration du site de l'organisation : mise à jour d'un contenu selon la procédure.");
            Add(1, 8, 120, [english], "B3", "Technical English: describing a workstation issue on the phone, key vocabulary.", inEnglish: true, homework: "Learn the vocabulary list (unit " + weekIndex + ").");
            if (groups.Count >= 2)
            {
                Add(1, 10, 120, [eco], "B3", "Demi-groupe : installation et configuration d'un poste de travail.", group: groups[0]);
                Add(1, 10, 120, [gestion], "B2", "Demi-groupe : publication sur les réseaux sociaux de l'organisation.", group: groups[1]);
            }

            var wednesday = week.Monday.AddDays(2);
            var current = assignments.Where(a => a.Start <= wednesday && wednesday <= a.End).OrderBy(a => a.Start).FirstOrDefault();
            if (current is not null)
            {
                var missions = missionElements.Where(m => m.SituationId == current.SituationId).OrderBy(m => m.SortOrder).ToList();
                var mission = missions.Count == 0 ? null : missions[weekIndex % missions.Count];
                var elements = (mission?.Elements ?? []).Select(e => outline.ShownAs.GetValueOrDefault(e)).OfType<Guid>().ToList();
                Add(2, 8, 180, [eco], "B1", "Situation professionnelle : travail sur la mission, points d'étape en équipe.",
                    group: current.Scope == AssignmentScope.Group ? current.GroupId : null, situation: current.SituationId, mission: mission?.Id,
                    elements: elements.Count > 0 ? elements : null, homework: "Rédiger la trace de la mission dans le dossier numérique.");
            }

            Add(3, 8, 120, [eco, english], "B1", "Co-intervention : accueillir un client anglophone au service support.", SessionKind.CoTeaching, inEnglish: true);
            Add(3, 10, 60, [gestion, eco], "B2", "Séance collective : écrire une trace de l'activité (contexte, démarche, résultat, ce que j'ai appris).", SessionKind.TracesWorkshop,
                elements: []);
            if (weekIndex % 2 == 0)
            {
                Add(4, 14, 120, [eco], "B3", "Intervention : le métier de technicien support en entreprise, questions des apprenants.", SessionKind.Speaker,
                    speaker: "Mme Durand, responsable informatique (entreprise fictive)");
            }
        }

        // The register: a few absences, some justified, and lateness, spread over the learners.
        var rank = 0;
        foreach (var session in sessions.Where(s => s.GroupId is null).OrderBy(s => s.Date).ThenBy(s => s.Start))
        {
            rank++;
            if (learners.Count == 0 || rank % 5 != 0)
            {
                continue;
            }

            var learner = learners[(rank / 5) % learners.Count].PersonId;
            var late = rank % 3 == 0;
            session.Attendance.Add(new SessionAttendance
            {
                SessionId = session.Id, LearnerId = learner, Status = late ? AttendanceStatus.Late : AttendanceStatus.Absent, LateMinutes = late ? 10 + (rank % 4 * 5) : null,
                Justified = rank % 2 == 0, Reason = rank % 2 == 0 ? (late ? "Retard de transport" : "Rendez-vous médical") : null,
                RecordedAt = context.Now, RecordedById = session.Teachers[0].TeacherId,
            });
        }

        db.ClassSessions.AddRange(sessions);
        await db.SaveChangesAsync(cancellationToken);
    }
}
