using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Certification.Ccf.Sittings;

/// <summary>
/// The choices of the scheduling form for one cohort (the plan's situations, its groups, its teachers, the
/// establishment's staff as professionals, its learners) and the checks of what was typed: the schedule's rules
/// (<see cref="CcfSitting.Check"/>), people taken from these lists only, and a learner in one pending sitting per situation.
/// </summary>
public sealed class SittingForm(SillageDb db, CcfPlans plans, SchoolClock clock)
{
    public Guid CohortId { get; private set; }
    public string CohortName { get; private set; } = "";
    public CcfExamPlan Plan { get; private set; } = CcfExamPlan.Empty;
    public IReadOnlyList<(Guid Id, string Name)> Groups { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Teachers { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Professionals { get; private set; } = [];
    public IReadOnlyList<CcfLearners.Row> Learners { get; private set; } = [];

    /// <summary>The situations a sitting may be scheduled for: those of the épreuves in CCF.</summary>
    public IEnumerable<(CcfExamDefinition Exam, CcfSituationDefinition Situation)> Situations =>
        Plan.Exams.Where(e => e.Mode == "ccf").SelectMany(e => e.Situations.Select(s => (e, s)));

    /// <param name="candidates">The learners already candidates of the sitting being edited: listed (and kept) even when
    /// their account was deactivated since, so that saving the sitting never drops them silently.</param>
    public async Task LoadAsync(Guid cohortId, IReadOnlyCollection<Guid>? candidates = null)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => new { c.Name, c.EstablishmentId }).SingleAsync();
        CohortId = cohortId;
        CohortName = cohort.Name;
        Plan = await plans.ForCohortAsync(cohortId);
        Groups = (await db.Groups.Where(g => g.CohortId == cohortId).OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).ToListAsync()).Select(g => (g.Id, g.Name)).ToList();
        Teachers = (await db.CohortMembers.Where(m => m.CohortId == cohortId && m.Role == CohortRole.Teacher)
                .Join(db.Users, m => m.PersonId, u => u.Id, (m, u) => new { u.Id, Name = u.LastName + " " + u.FirstName }).ToListAsync())
            .OrderBy(m => m.Name, StringComparer.CurrentCulture).Select(m => (m.Id, m.Name)).ToList();
        Learners = await CcfLearners.OfCohortAsync(db, cohortId);
        var gone = (candidates ?? []).Except(Learners.Select(x => x.Id)).ToList();
        if (gone.Count > 0)
        {
            var kept = await db.CohortMembers.Where(m => m.CohortId == cohortId && gone.Contains(m.PersonId))
                .Join(db.Users.Where(u => u.ErasedAt == null), m => m.PersonId, u => u.Id, (m, u) => new CcfLearners.Row(u.Id, u.LastName + " " + u.FirstName, m.GroupId, true))
                .ToListAsync();
            Learners = Learners.Concat(kept).OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        }

        // A professional is any staff account of the establishment (a tutor, a colleague of another speciality).
        var staffRoles = db.Roles.Where(r => r.Name == Roles.Coordinator || r.Name == Roles.Teacher || r.Name == Roles.Tutor).Select(r => r.Id);
        Professionals = (await db.Users.Where(u => u.EstablishmentId == cohort.EstablishmentId && u.DeactivatedAt == null && u.ErasedAt == null && db.UserRoles.Any(ur => ur.UserId == u.Id && staffRoles.Contains(ur.RoleId)))
                .Select(u => new { u.Id, Name = u.LastName + " " + u.FirstName }).ToListAsync())
            .OrderBy(u => u.Name, StringComparer.CurrentCulture).Select(u => (u.Id, u.Name)).ToList();
    }

    /// <summary>Checks the input against the rules and the lists; adds French messages to <paramref name="state"/>.</summary>
    /// <param name="sittingId">The sitting being edited, whose own candidacies do not count as pending elsewhere.</param>
    /// <returns>The situation chosen, when the input can be saved.</returns>
    public async Task<(CcfExamDefinition Exam, CcfSituationDefinition Situation)?> CheckAsync(SittingInput input, Guid? sittingId, ModelStateDictionary state, IStringLocalizer l)
    {
        var chosen = Situations.Cast<(CcfExamDefinition, CcfSituationDefinition)?>().FirstOrDefault(s => s!.Value.Item2.Code == input.Situation);
        if (chosen is null)
        {
            state.AddModelError("Input.Situation", l["Choisissez une situation de l'épreuve."]);
            return null;
        }

        var situation = chosen.Value.Item2;
        if (input.GroupId is { } group && Groups.All(g => g.Id != group))
        {
            state.AddModelError("Input.GroupId", l["Choisissez un groupe de la promotion."]);
        }

        if (input.StartsAt is null)
        {
            state.AddModelError("Input.StartsAt", l["Indiquez la date et l'heure du passage."]);
        }

        var teachers = input.TeacherIds.Distinct().ToList();
        if (teachers.Except(Teachers.Select(t => t.Id)).Any() || (input.ProfessionalId is { } pro && Professionals.All(p => p.Id != pro)))
        {
            state.AddModelError("Input.TeacherIds", l["Choisissez les évaluateurs dans les listes proposées."]);
        }

        var allowed = Learners.Where(x => input.GroupId is null || x.GroupId == input.GroupId).Select(x => x.Id).ToHashSet();
        var learners = input.LearnerIds.Distinct().ToList();
        if (learners.Any(id => !allowed.Contains(id)))
        {
            state.AddModelError("Input.LearnerIds", l["Choisissez les candidats parmi les apprenants de la promotion (ou du groupe)."]);
        }

        var evaluators = Evaluators(input);
        var room = FormText.Clean(input.Room);
        var startsAt = input.StartsAt is { } local ? clock.FromSchoolTime(local) : DateTime.MinValue;
        foreach (var problem in CcfSitting.Check(startsAt, input.DurationMinutes ?? 0, room, input.Remote, situation.WithCandidate, evaluators, learners.Count,
                     input.StartsAt is null ? DateTime.MinValue : clock.GetUtcNow().UtcDateTime))
        {
            state.AddMessage(l, string.Empty, problem);
        }

        if (FormText.TooLong(input.Note, CcfSitting.NoteMaxLength, new Message("La consigne")) is { } tooLong)
        {
            state.AddMessage(l, "Input.Note", tooLong);
        }

        var pending = await db.CcfCandidates.Where(c => learners.Contains(c.LearnerId) && c.Attendance == CcfAttendance.Convened && c.SittingId != sittingId
                                                        && db.CcfSittings.Any(s => s.Id == c.SittingId && s.CohortId == CohortId && s.SituationCode == situation.Code))
            .Select(c => c.LearnerId).Distinct().ToListAsync();
        foreach (var learner in pending)
        {
            state.AddModelError("Input.LearnerIds", l["{0} est déjà convoqué(e) à un autre passage de la situation {1} : marquez-le(la) absent(e) justifié(e) ou reporté(e) d'abord.",
                Learners.FirstOrDefault(x => x.Id == learner)?.Name ?? "", situation.Code]);
        }

        return state.IsValid ? chosen : null;
    }

    public static List<(Guid PersonId, CcfEvaluatorRole Role)> Evaluators(SittingInput input) =>
        input.TeacherIds.Select(id => (id, CcfEvaluatorRole.Teacher))
            .Concat(input.ProfessionalId is { } pro ? [(pro, CcfEvaluatorRole.Professional)] : []).ToList();

    /// <summary>Writes the input onto the sitting: schedule, evaluators, and the candidates (one removed only while
    /// nothing was recorded for them: still convened, not yet marked).</summary>
    public async Task ApplyAsync(CcfSitting sitting, SittingInput input, (CcfExamDefinition Exam, CcfSituationDefinition Situation) chosen)
    {
        var withCandidate = chosen.Situation.WithCandidate;
        sitting.ExamCode = chosen.Exam.Code;
        sitting.SituationCode = chosen.Situation.Code;
        sitting.GroupId = input.GroupId;
        sitting.StartsAt = clock.FromSchoolTime(input.StartsAt!.Value);
        sitting.DurationMinutes = input.DurationMinutes!.Value;
        sitting.Remote = withCandidate && input.Remote;
        sitting.Room = withCandidate && !input.Remote ? FormText.Clean(input.Room) : null;
        sitting.Note = FormText.Clean(input.Note);

        var evaluators = Evaluators(input);
        sitting.Evaluators.RemoveAll(e => !evaluators.Contains((e.PersonId, e.Role)));
        foreach (var (person, role) in evaluators.Where(x => !sitting.Evaluators.Any(e => e.PersonId == x.PersonId && e.Role == x.Role)))
        {
            var evaluator = new CcfEvaluator { SittingId = sitting.Id, PersonId = person, Role = role };
            sitting.Evaluators.Add(evaluator);
        }

        var learners = input.LearnerIds.Distinct().ToList();
        var candidateIds = sitting.Candidates.Select(c => c.Id).ToList();
        var graded = await db.CcfGrids.Where(g => candidateIds.Contains(g.EvaluationId)).Select(g => g.EvaluationId).ToListAsync();
        sitting.Candidates.RemoveAll(c => !learners.Contains(c.LearnerId) && c.Attendance == CcfAttendance.Convened && !graded.Contains(c.Id));
        foreach (var learner in learners.Where(id => sitting.Candidates.All(c => c.LearnerId != id)))
        {
            sitting.Candidates.Add(new CcfCandidate { SittingId = sitting.Id, LearnerId = learner });
        }
    }
}
