using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Pfmp.Search;

/// <summary>
/// Who sees whose PFMP search: a learner their own; staff the learners of the cohorts they see (teachers their
/// cohorts, the référent and the direction their establishment's); only managers (référent, administrator)
/// validate proposals and turn applications into periods, for the cohorts they manage. Tutors and the jury never.
/// Pages load by id through these queries and answer 404 for anything outside.
/// </summary>
public sealed class SearchAccess(SillageDb db, CohortAccess cohorts, IHttpContextAccessor http)
{
    private ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    public Guid UserId => Principal.UserId();

    public IQueryable<PfmpApplication> OwnApplications()
    {
        var me = UserId;
        return db.PfmpApplications.Where(a => a.LearnerId == me);
    }

    public IQueryable<HostProposal> OwnProposals()
    {
        var me = UserId;
        return db.HostProposals.Where(p => p.LearnerId == me);
    }

    /// <summary>Learners whose search this staff member reads.</summary>
    public IQueryable<Guid> VisibleLearners() => Principal.ReadsDashboards() ? cohorts.VisibleLearnerIds() : db.Users.Where(_ => false).Select(u => u.Id);

    /// <summary>Learners of the cohorts this manager manages (not archived).</summary>
    public IQueryable<Guid> ManagedLearners()
    {
        var managed = cohorts.ManagedCohorts().Where(c => !c.Archived).Select(c => c.Id);
        return db.CohortMembers.Where(m => m.Role == Sillage.Domain.People.CohortRole.Learner && managed.Contains(m.CohortId)).Select(m => m.PersonId);
    }

    public IQueryable<HostProposal> ManagedProposals()
    {
        var learners = ManagedLearners();
        return db.HostProposals.Where(p => learners.Contains(p.LearnerId));
    }

    public IQueryable<PfmpApplication> ManagedApplications()
    {
        var learners = ManagedLearners();
        return db.PfmpApplications.Where(a => learners.Contains(a.LearnerId));
    }
}
