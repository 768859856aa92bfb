using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages;

/// <summary>Each role lands on what it has to do.</summary>
public sealed class IndexModel(SillageDb db, CohortAccess access, TimeProvider clock) : PageModel
{
    public IReadOnlyList<CohortCard> Cohorts { get; private set; } = [];
    public int PendingInvitations { get; private set; }
    public int NeverInvited { get; private set; }
    public int Establishments { get; private set; }
    public int OutboxPending { get; private set; }
    public int OpenActions { get; private set; }
    public int LateActions { get; private set; }

    public async Task OnGetAsync()
    {
        if (User.IsStaff() || User.IsInRole(Roles.Learner))
        {
            var id = User.UserId();
            Cohorts = await access.VisibleCohorts().AsNoTracking().Where(c => !c.Archived)
                .OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name)
                .Select(c => new CohortCard(c.Id, c.Name, c.SchoolYear, c.FrameworkId,
                    db.Frameworks.Where(f => f.Id == c.FrameworkId).Select(f => f.ShortTitle ?? f.Title).Single(),
                    c.Members.Count(m => m.Role == CohortRole.Learner),
                    db.CohortMembers.Where(m => m.CohortId == c.Id && m.Role == CohortRole.Teacher)
                        .Join(db.Users, m => m.PersonId, u => u.Id, (_, u) => u.FirstName + " " + u.LastName).ToList(),
                    c.Members.Any(m => m.PersonId == id && m.Role == CohortRole.Learner)))
                .ToListAsync();
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (User.IsStaff())
        {
            var learners = access.VisibleLearnerIds();
            var open = db.AgreedActions.Where(a => a.DoneAt == null && learners.Contains(a.LearnerId));
            OpenActions = await open.CountAsync();
            LateActions = await open.CountAsync(a => a.DueOn < today);
        }
        else if (User.IsInRole(Roles.Learner))
        {
            var me = User.UserId();
            OpenActions = await db.AgreedActions.CountAsync(a => a.DoneAt == null && a.LearnerId == me);
            LateActions = await db.AgreedActions.CountAsync(a => a.DoneAt == null && a.LearnerId == me && a.DueOn < today);
        }

        if (User.IsManagement())
        {
            var people = access.ManagedPeople();
            PendingInvitations = await people.CountAsync(u => u.InvitedAt != null && u.ActivatedAt == null && u.DeactivatedAt == null);
            NeverInvited = await people.CountAsync(u => u.InvitedAt == null && u.ActivatedAt == null && u.DeactivatedAt == null);
        }

        if (User.IsInRole(Roles.Admin))
        {
            Establishments = await db.Establishments.CountAsync();
            OutboxPending = await db.OutboxEmails.CountAsync(e => e.SentAt == null);
        }
    }

    public sealed record CohortCard(Guid Id, string Name, string SchoolYear, Guid FrameworkId, string Framework, int Learners,
        List<string> Teachers, bool IsMyCohortAsLearner);
}
