using Microsoft.EntityFrameworkCore;
using Sillage.Domain.FilRouge;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Desk;

/// <summary>
/// Who reaches which request: the learners of the request's cohort (once it is sent), the teachers of that cohort,
/// the référent of its establishment and the administrator — the cohorts <see cref="CohortAccess"/> shows. Everything
/// else answers 404.
/// </summary>
public sealed class DeskAccess(SillageDb db, CohortAccess cohorts, IHttpContextAccessor http)
{
    private System.Security.Claims.ClaimsPrincipal User => http.HttpContext!.User;

    public Guid UserId => User.UserId();

    public bool IsStaff => User.IsStaff();

    /// <summary>The requests this user may open.</summary>
    public IQueryable<UserRequest> Requests()
    {
        var visible = cohorts.VisibleCohorts().Select(c => c.Id);
        var requests = db.UserRequests.Where(r => visible.Contains(r.CohortId));
        return IsStaff ? requests : requests.Where(r => r.ReleasedAt != null);
    }

    /// <summary>The cohorts of the desk this staff member runs.</summary>
    public IQueryable<Cohort> StaffCohorts() => IsStaff ? cohorts.VisibleCohorts() : db.Cohorts.Where(_ => false);

    /// <summary>The learner's current cohort (not archived, most recent school year); null when they have none.</summary>
    public Task<Guid?> LearnerCohortAsync() => cohorts.LearnerCohortAsync(UserId, active: true);

    /// <summary>The service the learner works in on that day; null when they are assigned to none.</summary>
    public static Task<DeskService?> ServiceOnAsync(SillageDb db, Guid learnerId, DateOnly day) =>
        db.ServiceAssignments.Where(a => a.LearnerId == learnerId && a.From <= day && a.To >= day)
            .OrderByDescending(a => a.From).Select(a => (DeskService?)a.Service).FirstOrDefaultAsync();

    /// <summary>Whether the person is a learner of the cohort.</summary>
    public Task<bool> IsLearnerOfAsync(Guid cohortId, Guid learnerId) =>
        db.CohortMembers.AnyAsync(m => m.CohortId == cohortId && m.PersonId == learnerId && m.Role == CohortRole.Learner);
}
