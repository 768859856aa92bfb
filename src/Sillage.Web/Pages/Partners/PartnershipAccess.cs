using Sillage.Web.PartnerDirectory;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Partners;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Partners;

/// <summary>
/// Who sees which partnership events. The référent and the administrator manage the establishment's events (an
/// administrator every establishment's); a teacher reads those of the cohorts they teach, and does not record
/// them (the référent keeps the partnership strategy; a teacher's outside speaker goes in the cahier de textes);
/// a learner sees the events they took part in. Nobody reaches another establishment's events: pages load by id
/// through these queries and answer 404 for anything outside.
/// </summary>
public sealed class PartnershipAccess(SillageDb db, CohortAccess cohorts, IHttpContextAccessor http)
{
    /// <summary>Who reads the annual partnership report: one place to widen it (a direction role, say).</summary>
    public const string ReportPolicy = Policies.Management;

    private ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsManagement => Principal.IsManagement();

    public IQueryable<PartnershipAction> ManagedEvents()
    {
        if (Principal.IsInRole(Roles.Admin))
        {
            return db.PartnershipActions;
        }

        if (!Principal.IsInRole(Roles.Coordinator))
        {
            return db.PartnershipActions.Where(_ => false);
        }

        var me = Principal.UserId();
        var establishment = db.Users.Where(u => u.Id == me).Select(u => u.EstablishmentId);
        return db.PartnershipActions.Where(a => establishment.Contains(a.EstablishmentId));
    }

    /// <summary>Managers: the events they manage; teachers: the events of a cohort they see.</summary>
    public IQueryable<PartnershipAction> VisibleEvents()
    {
        if (IsManagement)
        {
            return ManagedEvents();
        }

        if (!Principal.IsStaff())
        {
            return db.PartnershipActions.Where(_ => false);
        }

        var visible = cohorts.VisibleCohorts().Select(c => c.Id);
        return db.PartnershipActions.Where(a => a.Cohorts.Any(c => visible.Contains(c.CohortId)));
    }

    /// <summary>The events the signed-in learner took part in.</summary>
    public IQueryable<PartnershipAction> OwnEvents()
    {
        var me = Principal.UserId();
        return db.PartnershipActions.Where(a => a.Learners.Any(l => l.LearnerId == me));
    }

    /// <summary>The establishment whose events a manager records and reports on: their own; for an administrator,
    /// the one asked for (or the only one).</summary>
    public async Task<Guid?> EstablishmentAsync(Guid? requested)
    {
        if (Principal.IsInRole(Roles.Admin) && requested is { } asked && await db.Establishments.AnyAsync(e => e.Id == asked))
        {
            return asked;
        }

        return IsManagement ? await HostDirectory.EstablishmentAsync(db, cohorts) : null;
    }
}
