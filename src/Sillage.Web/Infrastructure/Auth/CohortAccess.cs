using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>
/// The ownership rule every feature builds on: an administrator sees every cohort; a référent the cohorts of
/// their establishment, and so does the direction (read-only); a teacher the cohorts they teach; a learner their own. Only the administrator role sees
/// across establishments: a référent whose account has no establishment manages nothing. Pages filter with these
/// queries and answer 404 for what falls outside, so that ids reveal nothing.
/// </summary>
public sealed class CohortAccess(SillageDb db, IHttpContextAccessor http)
{
    private ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    public IQueryable<Cohort> VisibleCohorts()
    {
        var user = Principal;
        if (user.IsInRole(Roles.Admin))
        {
            return db.Cohorts;
        }

        var id = user.UserId();
        // The direction reads every cohort of its establishment, as the référent does.
        var isCoordinator = user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Direction);
        var establishment = db.Users.Where(u => u.Id == id).Select(u => u.EstablishmentId);
        return db.Cohorts.Where(c =>
            (isCoordinator && establishment.Contains(c.EstablishmentId))
            || db.CohortMembers.Any(m => m.CohortId == c.Id && m.PersonId == id));
    }

    /// <summary>Cohorts whose membership this user may change: administrators, and référents for their establishment.</summary>
    public IQueryable<Cohort> ManagedCohorts()
    {
        var user = Principal;
        if (user.IsInRole(Roles.Admin))
        {
            return db.Cohorts;
        }

        if (!user.IsInRole(Roles.Coordinator))
        {
            return db.Cohorts.Where(_ => false);
        }

        var id = user.UserId();
        var establishment = db.Users.Where(u => u.Id == id).Select(u => u.EstablishmentId);
        return db.Cohorts.Where(c => establishment.Contains(c.EstablishmentId));
    }

    /// <summary>People this manager may edit: everyone for an administrator; for a référent, the people of
    /// their establishment (administrators excepted).</summary>
    public IQueryable<User> ManagedPeople()
    {
        var user = Principal;
        if (user.IsInRole(Roles.Admin))
        {
            return db.Users;
        }

        if (!user.IsInRole(Roles.Coordinator))
        {
            return db.Users.Where(_ => false);
        }

        var id = user.UserId();
        var establishment = db.Users.Where(u => u.Id == id).Select(u => u.EstablishmentId);
        var adminRole = db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id);
        // A référent without an establishment manages nobody: people without one (tutors, jury members, other
        // référents…) are not "their" establishment's.
        return db.Users.Where(u => u.EstablishmentId != null && establishment.Contains(u.EstablishmentId)
                                   && !db.UserRoles.Any(ur => ur.UserId == u.Id && adminRole.Contains(ur.RoleId)));
    }

    /// <summary>Learners whose work this staff member may read: those of the cohorts they see.</summary>
    public IQueryable<Guid> VisibleLearnerIds()
    {
        var cohorts = VisibleCohorts().Select(c => c.Id);
        return db.CohortMembers.Where(m => m.Role == CohortRole.Learner && cohorts.Contains(m.CohortId)).Select(m => m.PersonId);
    }

    public bool IsAdmin => Principal.IsInRole(Roles.Admin);

    /// <summary>The référentiel versions this user may see and use: those shipped or imported for everyone, and those
    /// their establishment published with the editor. An administrator sees all; without a signed-in user (demo
    /// seeding, background jobs) only the shared ones.</summary>
    public IQueryable<Sillage.Domain.Frameworks.Framework> VisibleFrameworks()
    {
        var user = Principal;
        if (user.IsInRole(Roles.Admin))
        {
            return db.Frameworks;
        }

        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            return db.Frameworks.Where(f => f.EstablishmentId == null);
        }

        var establishment = db.Users.Where(u => u.Id == id).Select(u => u.EstablishmentId);
        return db.Frameworks.Where(f => f.EstablishmentId == null || establishment.Contains(f.EstablishmentId));
    }

    public async Task<Guid?> EstablishmentAsync()
    {
        var id = Principal.UserId();
        return await db.Users.Where(u => u.Id == id).Select(u => u.EstablishmentId).SingleOrDefaultAsync();
    }

    /// <summary>
    /// The cohort through which the current user follows this learner: the learner themself, or staff who see
    /// one of the learner's cohorts. Null when the user may not see the learner (answer 404). With several
    /// cohorts, the preferred one when allowed, else the most recent school year. <paramref name="active"/>: only
    /// cohorts not archived — those through which the learner may still be positioned or interviewed.
    /// </summary>
    public async Task<Guid?> LearnerCohortAsync(Guid learnerId, Guid? preferred = null, bool active = false)
    {
        var user = Principal;
        var memberships = db.CohortMembers.Where(m => m.PersonId == learnerId && m.Role == CohortRole.Learner);
        IQueryable<Cohort> cohorts;
        if (user.UserId() == learnerId)
        {
            cohorts = db.Cohorts.Where(c => memberships.Any(m => m.CohortId == c.Id));
        }
        else if (user.ReadsDashboards())
        {
            cohorts = VisibleCohorts().Where(c => memberships.Any(m => m.CohortId == c.Id));
        }
        else
        {
            return null;
        }

        if (active)
        {
            cohorts = cohorts.Where(c => !c.Archived);
        }

        var allowed = await cohorts.OrderBy(c => c.Archived).ThenByDescending(c => c.SchoolYear).Select(c => c.Id).ToListAsync();
        return preferred is { } p && allowed.Contains(p) ? p : allowed.Count > 0 ? allowed[0] : null;
    }
}
