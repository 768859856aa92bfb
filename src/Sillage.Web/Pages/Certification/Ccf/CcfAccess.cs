using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Certification.Ccf;

/// <summary>
/// Who reaches which CCF sitting and project: the référent those of their establishment's cohorts, a teacher those
/// of the cohorts they teach (<see cref="CohortAccess.VisibleCohorts"/>), a learner only the sittings they are a
/// candidate in and the projects they are a member of. Anything else answers 404.
/// </summary>
public sealed class CcfAccess(SillageDb db, CohortAccess cohorts, IHttpContextAccessor http)
{
    private System.Security.Claims.ClaimsPrincipal User => http.HttpContext!.User;

    public Guid UserId => User.UserId();

    public bool IsStaff => User.IsStaff();

    public bool IsManagement => User.IsManagement();

    /// <summary>The cohorts whose CCF this staff member sees (none for a learner: their membership is not a view).</summary>
    public IQueryable<Cohort> StaffCohorts() => IsStaff ? cohorts.VisibleCohorts() : db.Cohorts.Where(_ => false);

    public IQueryable<CcfSitting> VisibleSittings()
    {
        var ids = StaffCohorts().Select(c => c.Id);
        return db.CcfSittings.Where(s => ids.Contains(s.CohortId));
    }

    public IQueryable<CcfSitting> ManagedSittings()
    {
        var ids = cohorts.ManagedCohorts().Select(c => c.Id);
        return db.CcfSittings.Where(s => ids.Contains(s.CohortId));
    }

    public IQueryable<CcfProject> VisibleProjects()
    {
        if (IsStaff)
        {
            var ids = StaffCohorts().Select(c => c.Id);
            return db.CcfProjects.Where(p => ids.Contains(p.CohortId));
        }

        var me = UserId;
        return db.CcfProjects.Where(p => p.Members.Any(m => m.LearnerId == me));
    }

    /// <summary>The current learner's candidacies.</summary>
    public IQueryable<CcfCandidate> MyCandidacies()
    {
        var me = UserId;
        return User.IsInRole(Roles.Learner) ? db.CcfCandidates.Where(c => c.LearnerId == me) : db.CcfCandidates.Where(_ => false);
    }
}
