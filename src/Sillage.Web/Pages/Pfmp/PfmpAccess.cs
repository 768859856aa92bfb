using System.Security.Claims;
using Sillage.Domain.Partners;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>
/// Who sees which PFMP periods and host structures. Staff see the periods of the cohorts they see (and those they
/// follow as referent teacher), managers change those of the cohorts they manage, a learner sees their own, a
/// tutor those they tutor once the convention has left the draft. Structures belong to an establishment.
/// Pages load by id through these queries and answer 404 for anything outside.
/// </summary>
public sealed class PfmpAccess(SillageDb db, CohortAccess cohorts, IHttpContextAccessor http)
{
    private ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    public Guid UserId => Principal.UserId();

    public bool IsManagement => Principal.IsManagement();

    public IQueryable<PfmpPeriod> VisiblePeriods()
    {
        var cohortIds = cohorts.VisibleCohorts().Select(c => c.Id);
        var me = UserId;
        return db.PfmpPeriods.Where(p => cohortIds.Contains(p.CohortId) || p.ReferentTeacherId == me);
    }

    public IQueryable<PfmpPeriod> ManagedPeriods()
    {
        var cohortIds = cohorts.ManagedCohorts().Select(c => c.Id);
        return db.PfmpPeriods.Where(p => cohortIds.Contains(p.CohortId));
    }

    public IQueryable<PfmpPeriod> TutoredPeriods()
    {
        var me = UserId;
        return db.PfmpPeriods.Where(p => p.TutorId == me && p.Convention.Status != ConventionStatus.Draft);
    }

    public IQueryable<PfmpPeriod> OwnPeriods()
    {
        var me = UserId;
        return db.PfmpPeriods.Where(p => p.LearnerId == me);
    }

    public IQueryable<HostOrganisation> VisibleHosts()
    {
        if (Principal.IsInRole(Roles.Admin))
        {
            return db.HostOrganisations;
        }

        var me = UserId;
        var establishment = db.Users.Where(u => u.Id == me).Select(u => u.EstablishmentId);
        return db.HostOrganisations.Where(h => establishment.Contains(h.EstablishmentId));
    }

    public IQueryable<HostOrganisation> ManagedHosts() =>
        IsManagement ? VisibleHosts() : db.HostOrganisations.Where(_ => false);

    /// <summary>May record visits and absences: managers of the cohort, and the period's referent teacher.</summary>
    public bool CanFollow(PfmpPeriod period, bool managed) => managed || period.ReferentTeacherId == UserId;
}
