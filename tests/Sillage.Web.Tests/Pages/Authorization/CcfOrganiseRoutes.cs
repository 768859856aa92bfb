using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data;

namespace Sillage.Web.Tests.Pages.Authorization;

/// <summary>The CCF organisation records the route table's placeholders point to: the demo's E3-B sitting (a
/// practical one, so that its source and production forms show) and group project of the learner's cohort; and for
/// the matrix's "other" resources, a sitting and a project of a cohort nobody of the callers belongs to.</summary>
public static class CcfOrganiseRoutes
{
    public static async Task<Dictionary<string, string>> ArrangeAsync(SillageDb db, Guid learnerId, Guid cohortId)
    {
        var sitting = await db.CcfSittings.Where(s => s.CohortId == cohortId && s.SituationCode == "E3-B" && s.Candidates.Any(c => c.LearnerId == learnerId))
            .OrderByDescending(s => s.CreatedAt).Select(s => s.Id).FirstAsync();
        var project = await db.CcfProjects.Where(p => p.CohortId == cohortId && p.Members.Any(m => m.LearnerId == learnerId)).Select(p => p.Id).FirstAsync();
        return new Dictionary<string, string> { ["{ccfsitting}"] = sitting.ToString(), ["{ccfproject}"] = project.ToString() };
    }

    public static async Task<(Guid Sitting, Guid Project)> ArrangeOtherAsync(SillageDb db, Guid otherCohortId, Guid learnerId, Guid teacherId, Guid coordinatorId, DateTime now)
    {
        var sitting = new CcfSitting
        {
            CohortId = otherCohortId, ExamCode = "E3", SituationCode = "E3-B", StartsAt = now.AddDays(20), DurationMinutes = 120, Room = "Salle autre",
            CreatedAt = now, CreatedById = coordinatorId,
        };
        sitting.Evaluators.Add(new CcfEvaluator { SittingId = sitting.Id, PersonId = teacherId, Role = CcfEvaluatorRole.Teacher });
        sitting.Candidates.Add(new CcfCandidate { SittingId = sitting.Id, LearnerId = learnerId });
        var project = new CcfProject { CohortId = otherCohortId, SituationCode = "E1-A", Title = "Projet d'une autre promotion", CreatedAt = now, CreatedById = coordinatorId };
        project.Members.Add(new CcfProjectMember { ProjectId = project.Id, LearnerId = learnerId });
        db.CcfSittings.Add(sitting);
        db.CcfProjects.Add(project);
        await db.SaveChangesAsync();
        return (sitting.Id, project.Id);
    }
}
