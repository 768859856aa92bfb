using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Suivi;

/// <summary>The follow-up list: open actions agreed in interviews, for the learners the user follows (staff)
/// or their own (learner); marking an action done.</summary>
[Authorize(Policy = Policies.School)]
public sealed class ActionsModel(SillageDb db, CohortAccess access, SchoolClock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "toutes")]
    public bool IncludeDone { get; set; }

    public IReadOnlyList<Row> Actions { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = clock.Today;
        var learners = Learners();
        Actions = await db.AgreedActions.AsNoTracking()
            .Where(a => learners.Contains(a.LearnerId) && (IncludeDone || a.DoneAt == null))
            .Join(db.Users, a => a.LearnerId, u => u.Id, (a, u) => new { a, u.FirstName, u.LastName })
            .Join(db.Interviews, x => x.a.InterviewId, i => i.Id, (x, i) => new { x.a, x.FirstName, x.LastName, i.HeldOn })
            .OrderBy(x => x.a.DoneAt != null).ThenBy(x => x.a.DueOn == null).ThenBy(x => x.a.DueOn).ThenBy(x => x.LastName)
            .Select(x => new Row(x.a.Id, x.a.LearnerId, x.FirstName + " " + x.LastName, x.a.Description, x.a.DueOn, x.a.Owner, x.a.DoneAt, x.a.InterviewId, x.HeldOn))
            .ToListAsync();
    }

    public async Task<IActionResult> OnPostDoneAsync(Guid id, bool reopen, string? returnUrl)
    {
        var learners = Learners();
        var action = await db.AgreedActions.SingleOrDefaultAsync(a => a.Id == id && learners.Contains(a.LearnerId));
        if (action is null)
        {
            return NotFound();
        }

        if (reopen)
        {
            action.Reopen();
        }
        else
        {
            action.MarkDone(User.UserId(), clock.GetUtcNow().UtcDateTime);
        }

        await db.SaveChangesAsync();
        return !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage();
    }

    /// <summary>Staff: the learners of their cohorts; a learner: themself.</summary>
    private IQueryable<Guid> Learners()
    {
        if (User.IsStaff())
        {
            return access.VisibleLearnerIds();
        }

        var id = User.IsInRole(Roles.Learner) ? User.UserId() : Guid.Empty;
        return db.Users.Where(u => u.Id == id).Select(u => u.Id);
    }

    public sealed record Row(Guid Id, Guid LearnerId, string Learner, string Description, DateOnly? DueOn, ActionOwner Owner, DateTime? DoneAt, Guid InterviewId, DateOnly HeldOn);
}
