using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Pfmp;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Pfmp;

namespace Sillage.Web.Pages.Certification.Ccf;

/// <summary>
/// Who reaches which CCF grid and record, and what a learner's marks give. Staff who see the cohort read
/// (<see cref="CohortAccess.VisibleCohorts"/>): its référents and teachers; the evaluators of a sitting read and fill
/// its grids; the référent (coordinator of the establishment) decides for the jury. Anything else answers 404.
/// </summary>
public sealed class CcfGrading(SillageDb db, CohortAccess cohorts, CcfPlans plans, SchoolClock clock, IOptions<CcfOptions> options, IHttpContextAccessor http)
{
    public Guid UserId => http.HttpContext!.User.UserId();

    public decimal PassMark => options.Value.PassMark;

    /// <summary>A candidate of a sitting the user may read (cohort visible, or evaluator of the sitting); null otherwise.</summary>
    public async Task<CandidateContext?> CandidateAsync(Guid candidateId)
    {
        var me = UserId;
        var visible = cohorts.VisibleCohorts().Select(c => c.Id);
        var candidate = await db.CcfCandidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId);
        if (candidate is null)
        {
            return null;
        }

        var sitting = await db.CcfSittings.AsNoTracking().Include(s => s.Evaluators)
            .SingleOrDefaultAsync(s => s.Id == candidate.SittingId && (visible.Contains(s.CohortId) || s.Evaluators.Any(e => e.PersonId == me)));
        if (sitting is null || !http.HttpContext!.User.IsStaff())
        {
            return null;
        }

        var plan = await plans.ForCohortAsync(sitting.CohortId);
        if (plan.Situation(sitting.SituationCode) is not { } definition)
        {
            return null;
        }

        var learner = await NameAsync(candidate.LearnerId);
        return new CandidateContext(sitting, candidate, definition.Exam, definition.Situation, learner, sitting.Evaluators.Any(e => e.PersonId == me));
    }

    /// <summary>The cohort through which the user follows this learner's CCF: staff who see one of the learner's
    /// cohorts; the learner themself only with <paramref name="learnerToo"/>.</summary>
    public async Task<Guid?> LearnerCohortAsync(Guid learnerId, Guid? preferred, bool learnerToo = false)
    {
        if (!http.HttpContext!.User.IsStaff() && !(learnerToo && learnerId == UserId))
        {
            return null;
        }

        return await cohorts.LearnerCohortAsync(learnerId, preferred);
    }

    /// <summary>The learner's cohorts this staff member sees (none for anyone else).</summary>
    public async Task<List<Guid>> LearnerCohortIdsAsync(Guid learnerId) =>
        !http.HttpContext!.User.IsStaff() ? []
        : await cohorts.VisibleCohorts().Where(c => db.CohortMembers.Any(m => m.CohortId == c.Id && m.PersonId == learnerId && m.Role == CohortRole.Learner))
            .Select(c => c.Id).ToListAsync();

    public async Task<bool> ManagesAsync(Guid cohortId) => await cohorts.ManagedCohorts().AnyAsync(c => c.Id == cohortId);

    public async Task<string> NameAsync(Guid personId) =>
        await db.Users.Where(u => u.Id == personId).Select(u => u.FirstName + " " + u.LastName).SingleOrDefaultAsync() ?? "";

    /// <summary>The elements a grid of this épreuve evaluates (from its bloc), in order; empty when the bloc is unknown.</summary>
    public async Task<IReadOnlyList<FrameworkElement>> GridElementsAsync(Guid cohortId, CcfExamDefinition exam)
    {
        var frameworkId = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.FrameworkId).SingleAsync();
        var elements = await db.FrameworkElements.AsNoTracking().Where(e => e.FrameworkId == frameworkId).ToListAsync();
        var block = elements.FirstOrDefault(e => e.Kind == ElementKind.Block && e.Code == exam.BlockCode);
        return block is null ? [] : CcfGridLines.For(elements, block.Id);
    }

    /// <summary>The learner's CCF: per épreuve its situations' marks (latest frozen grids), the rule's mark, the
    /// evaluators' mark, whether it is blocked (PFMP weeks), and the final result against the pass mark.</summary>
    public async Task<LearnerRecord> RecordAsync(Guid cohortId, Guid learnerId)
    {
        var plan = await plans.ForCohortAsync(cohortId);
        var sittings = await db.CcfSittings.AsNoTracking().Include(s => s.Evaluators)
            .Where(s => s.CohortId == cohortId && db.CcfCandidates.Any(c => c.SittingId == s.Id && c.LearnerId == learnerId)).ToListAsync();
        var sittingIds = sittings.Select(s => s.Id).ToList();
        var candidates = await db.CcfCandidates.AsNoTracking().Where(c => c.LearnerId == learnerId && sittingIds.Contains(c.SittingId)).ToListAsync();
        var candidateIds = candidates.Select(c => c.Id).ToList();
        var grids = await db.CcfGrids.AsNoTracking().Include(g => g.Signatures).Where(g => candidateIds.Contains(g.EvaluationId)).ToListAsync();
        var results = await db.CcfExamResults.AsNoTracking().Where(r => r.CohortId == cohortId && r.LearnerId == learnerId).ToListAsync();
        var tally = plan.Exams.Any(e => e.NeedsPfmpComplete) ? await LearnerPfmp.TallyAsync(db, learnerId, clock.Today) : null;
        var me = UserId;

        var exams = new List<ExamRecord>();
        foreach (var exam in plan.Exams)
        {
            var situations = exam.Situations.Select(situation =>
            {
                var mine = candidates.Where(c => sittings.Single(s => s.Id == c.SittingId).SituationCode == situation.Code).ToList();
                var frozen = grids.Where(g => g.IsFrozen && mine.Any(c => c.Id == g.EvaluationId)).OrderByDescending(g => g.FrozenAt).ThenByDescending(g => g.Number).FirstOrDefault();
                var candidate = frozen is null ? mine.OrderByDescending(c => sittings.Single(s => s.Id == c.SittingId).StartsAt).FirstOrDefault()
                    : mine.Single(c => c.Id == frozen.EvaluationId);
                return new SituationRecord(situation, candidate, frozen);
            }).ToList();
            var (ruleMark, computed) = CcfMarks.ExamMark(situations.Select(s => (s.Definition.Weight, s.Grid?.Mark)).ToList());
            var blocked = exam.NeedsPfmpComplete && tally is { IsComplete: false };
            var evaluator = sittings.Any(s => s.ExamCode == exam.Code && s.Evaluators.Any(e => e.PersonId == me));
            exams.Add(new ExamRecord(exam, situations, ruleMark, computed, results.SingleOrDefault(r => r.ExamCode == exam.Code), blocked, evaluator));
        }

        var result = CcfMarks.Final(exams.Select(e => new CcfExamMark(e.Exam.Code, e.Exam.Coefficient, e.Result?.Mark, e.Blocked)).ToList(), PassMark);
        var decision = await db.CcfJuryDecisions.AsNoTracking().Where(d => d.CohortId == cohortId && d.LearnerId == learnerId).OrderByDescending(d => d.DecidedAt).FirstOrDefaultAsync();
        return new LearnerRecord(cohortId, learnerId, await NameAsync(learnerId), plan, exams, result, decision, tally);
    }

    /// <summary>The learners of a cohort's record, by name: the active ones (<see cref="CcfLearners"/>), and those since
    /// deactivated who were already candidates of one of its sittings or have a jury decision (their marks stay on the
    /// session's table). Erased accounts never show.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> LearnersAsync(Guid cohortId) =>
        (await db.CohortMembers.Where(m => m.CohortId == cohortId && m.Role == CohortRole.Learner)
            .Join(db.Users, m => m.PersonId, u => u.Id, (_, u) => u)
            .Where(u => u.ErasedAt == null && db.Cohorts.Any(c => c.Id == cohortId && c.EstablishmentId == u.EstablishmentId)
                        && (u.DeactivatedAt == null
                            || db.CcfCandidates.Any(c => c.LearnerId == u.Id && db.CcfSittings.Any(s => s.Id == c.SittingId && s.CohortId == cohortId))
                            || db.CcfJuryDecisions.Any(d => d.LearnerId == u.Id && d.CohortId == cohortId)))
            .Select(u => new { u.Id, u.FirstName, u.LastName })
            .OrderBy(u => u.LastName).ThenBy(u => u.FirstName).ToListAsync())
        .Select(u => (u.Id, $"{u.FirstName} {u.LastName}")).ToList();

    public sealed record CandidateContext(CcfSitting Sitting, CcfCandidate Candidate, CcfExamDefinition Exam, CcfSituationDefinition Situation,
        string LearnerName, bool IsEvaluator)
    {
        public IReadOnlyCollection<Guid> Evaluators => Sitting.Evaluators.Select(e => e.PersonId).ToList();

        /// <summary>Present (or a situation without the candidate): a grid with a mark may be signed.</summary>
        public bool MayBeMarked => Candidate.MayBeMarked(Situation.WithCandidate);
    }

    public sealed record SituationRecord(CcfSituationDefinition Definition, CcfCandidate? Candidate, CcfGrid? Grid);

    /// <param name="RuleMark">What the framework's rule gives from the situations' marks (null while one is missing).</param>
    /// <param name="Computed">The rule computed it (weights given); otherwise it is only a suggestion.</param>
    /// <param name="Result">The mark the evaluators set.</param>
    /// <param name="Blocked">The épreuve cannot be obtained yet (PFMP weeks not done).</param>
    /// <param name="UserIsEvaluator">The current user evaluates a sitting of this épreuve for the learner.</param>
    public sealed record ExamRecord(CcfExamDefinition Exam, IReadOnlyList<SituationRecord> Situations, decimal? RuleMark, bool Computed,
        CcfExamResult? Result, bool Blocked, bool UserIsEvaluator);

    public sealed record LearnerRecord(Guid CohortId, Guid LearnerId, string Name, CcfExamPlan Plan, IReadOnlyList<ExamRecord> Exams,
        CcfResult Result, CcfJuryDecision? Decision, PfmpCounting.Tally? Pfmp)
    {
        /// <summary>The marks as the jury sees them, kept with its decision.</summary>
        public string MarksJson => System.Text.Json.JsonSerializer.Serialize(Exams.Select(e => new { e.Exam.Code, e.Exam.Coefficient, e.Result?.Mark, e.Blocked }));
    }
}
