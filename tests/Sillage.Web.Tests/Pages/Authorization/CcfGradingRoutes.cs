using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.People;
using Sillage.Web.Data;

namespace Sillage.Web.Tests.Pages.Authorization;

/// <summary>The CCF grading resources the matrix's placeholders point to, per establishment: {ccfcandidate}'s own one
/// is the caller's learner in an E1-A sitting of the cohort the establishment's teacher evaluates; the other one is
/// the other learner in a sitting of the cohort nobody of the callers belongs to, evaluated by another teacher.</summary>
public static class CcfGradingRoutes
{
    public static async Task<Dictionary<string, Guid>> ArrangeAsync(SillageDb db, Cohort cohort, Cohort otherCohort, User learner, User other, User teacher)
    {
        var colleague = await db.CohortMembers.Where(m => m.CohortId == cohort.Id && m.Role == CohortRole.Teacher && m.PersonId != teacher.Id)
            .Select(m => m.PersonId).FirstAsync();
        // The demo convenes the other learner to sittings the teacher evaluates: the matrix's "other" learner must be
        // one the teacher does not evaluate.
        await db.CcfCandidates.Where(c => c.LearnerId == other.Id && db.CcfEvaluators.Any(e => e.SittingId == c.SittingId && e.PersonId == teacher.Id))
            .ExecuteDeleteAsync();
        var own = Sitting(cohort.Id, learner.Id, teacher.Id, colleague);
        var foreign = Sitting(otherCohort.Id, other.Id, colleague);
        db.CcfSittings.AddRange(own, foreign);
        await db.SaveChangesAsync();
        return new Dictionary<string, Guid>
        {
            ["ccfcandidate:Own"] = own.Candidates[0].Id,
            ["ccfcandidate:Other"] = foreign.Candidates[0].Id,
        };
    }

    private static CcfSitting Sitting(Guid cohortId, Guid learnerId, params Guid[] evaluators)
    {
        var sitting = new CcfSitting
        {
            CohortId = cohortId, ExamCode = "E1", SituationCode = "E1-A", StartsAt = new DateTime(2026, 11, 10, 8, 0, 0, DateTimeKind.Utc),
            DurationMinutes = 40, Room = "B12", CreatedAt = new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc), CreatedById = evaluators[0],
        };
        sitting.Evaluators.AddRange(evaluators.Select(e => new CcfEvaluator { SittingId = sitting.Id, PersonId = e, Role = CcfEvaluatorRole.Teacher }));
        sitting.Candidates.Add(new CcfCandidate { SittingId = sitting.Id, LearnerId = learnerId, Attendance = CcfAttendance.Present });
        return sitting;
    }
}
