using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Certification;

/// <summary>
/// Who reads which certification dossier: a learner their own; staff those of the cohorts they see
/// (<see cref="CohortAccess.VisibleCohorts"/>). Jury members never reach dossiers through here: they read the frozen
/// snapshots of their candidates during the window (<see cref="JuryAccess"/>). Anything else answers 404.
/// </summary>
public sealed class CertificationAccess(SillageDb db, CohortAccess cohorts, IHttpContextAccessor http)
{
    private System.Security.Claims.ClaimsPrincipal User => http.HttpContext!.User;

    public Guid UserId => User.UserId();

    public bool IsLearner => User.IsInRole(Roles.Learner);

    public bool IsStaff => User.IsStaff();

    public IQueryable<CertificationDossier> ReadableDossiers()
    {
        // The direction reads the list of dossiers a teacher reads (the overview), not the dossiers themselves.
        if (User.ReadsDashboards())
        {
            var visible = cohorts.VisibleCohorts().Select(c => c.Id);
            return db.CertificationDossiers.Where(d => visible.Contains(d.CohortId));
        }

        var me = UserId;
        return IsLearner ? db.CertificationDossiers.Where(d => d.LearnerId == me) : db.CertificationDossiers.Where(_ => false);
    }

    public IQueryable<DossierSnapshot> ReadableSnapshots()
    {
        var dossiers = ReadableDossiers().Select(d => d.Id);
        return db.DossierSnapshots.Where(s => dossiers.Contains(s.DossierId));
    }
}
