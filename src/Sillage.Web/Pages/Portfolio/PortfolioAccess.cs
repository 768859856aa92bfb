using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>
/// Who reads which dossier: a learner their own traces; staff the traces of the learners of the cohorts they
/// see (<see cref="CohortAccess.VisibleLearnerIds"/>). Only the learner writes. Pages load every trace through
/// these queries, so that anything else answers 404 whatever the id.
/// </summary>
public sealed class PortfolioAccess(SillageDb db, CohortAccess cohorts, IHttpContextAccessor http)
{
    private System.Security.Claims.ClaimsPrincipal User => http.HttpContext!.User;

    public Guid UserId => User.UserId();

    public bool IsStaff => User.IsStaff();

    /// <summary>Traces the signed-in person may read (deleted ones only for their learner).</summary>
    public IQueryable<Trace> ReadableTraces()
    {
        var me = User.UserId();
        if (IsStaff)
        {
            var learners = cohorts.VisibleLearnerIds();
            return db.Traces.Where(t => t.DeletedAt == null && (t.LearnerId == me || learners.Contains(t.LearnerId)));
        }

        return User.IsInRole(Roles.Learner) ? db.Traces.Where(t => t.LearnerId == me) : db.Traces.Where(_ => false);
    }

    /// <summary>The signed-in learner's own traces, deleted ones included.</summary>
    public IQueryable<Trace> OwnTraces()
    {
        var me = User.UserId();
        return User.IsInRole(Roles.Learner) ? db.Traces.Where(t => t.LearnerId == me) : db.Traces.Where(_ => false);
    }

    public async Task<bool> CanReadDossierOfAsync(Guid learnerId) =>
        learnerId == UserId ? User.IsInRole(Roles.Learner) : IsStaff && await cohorts.VisibleLearnerIds().AnyAsync(id => id == learnerId);

    /// <summary>The learners whose dossier this staff member reads, by name.</summary>
    public Task<List<LearnerName>> VisibleLearnersAsync()
    {
        var ids = cohorts.VisibleLearnerIds();
        return db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.LastName).ThenBy(u => u.FirstName)
            .Select(u => new LearnerName(u.Id, u.FirstName + " " + u.LastName)).ToListAsync();
    }

    /// <summary>The framework of the learner's current cohort (the latest one not archived), if any.</summary>
    public Task<Guid?> FrameworkOfAsync(Guid learnerId) => FrameworkOfAsync(db, learnerId);

    /// <summary>The framework of the learner's current cohort (the latest one not archived), if any.</summary>
    public static Task<Guid?> FrameworkOfAsync(SillageDb db, Guid learnerId) => FrameworkOf(db, learnerId);

    // Read by the dossier, its coverage and the dashboards on every request: compiled once (a fixed shape).
    private static readonly Func<SillageDb, Guid, Task<Guid?>> FrameworkOf =
        EF.CompileAsyncQuery((SillageDb db, Guid learnerId) => db.CohortMembers.Where(m => m.PersonId == learnerId && m.Role == CohortRole.Learner)
            .Join(db.Cohorts.Where(c => !c.Archived), m => m.CohortId, c => c.Id, (_, c) => c)
            .OrderByDescending(c => c.SchoolYear).ThenByDescending(c => c.CreatedAt)
            .Select(c => (Guid?)c.FrameworkId)
            .FirstOrDefault());

    /// <summary>The teachers of the learner's cohorts: they get the learner's feedback requests.</summary>
    public Task<List<Guid>> TeachersOfAsync(Guid learnerId)
    {
        var learnerCohorts = db.CohortMembers.Where(m => m.PersonId == learnerId && m.Role == CohortRole.Learner).Select(m => m.CohortId);
        return db.CohortMembers.Where(m => m.Role == CohortRole.Teacher && learnerCohorts.Contains(m.CohortId))
            .Select(m => m.PersonId).Distinct().ToListAsync();
    }

    /// <summary>One of the learner's own PFMP periods (or apprenticeship contracts), with its host's name; null for anyone else's.</summary>
    public Task<OwnPeriod?> OwnPfmpPeriodAsync(Guid periodId, Guid learnerId) =>
        db.PfmpPeriods.AsNoTracking().Where(p => p.Id == periodId && p.LearnerId == learnerId)
            .Join(db.HostOrganisations, p => p.HostOrganisationId, h => h.Id, (p, h) => new OwnPeriod(p.Id, h.Name))
            .SingleOrDefaultAsync();

    public sealed record LearnerName(Guid Id, string Name);

    public sealed record OwnPeriod(Guid Id, string HostName);
}
