using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.FilRouge;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Desk;

/// <summary>The way into the desk. A learner sees the requests of their cohort — by default those of the service they
/// work in today, or theirs, or all; staff choose the cohort whose desk they run.</summary>
[Authorize(Policy = Policies.School)]
public sealed class IndexModel(SillageDb db, DeskAccess access, SchoolClock clock) : PageModel
{
    public const string ServiceView = "service";
    public const string MineView = "miennes";
    public const string AllView = "toutes";

    public DeskService? CurrentService { get; private set; }
    public string View { get; private set; } = AllView;
    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Cohorts { get; private set; } = [];
    public bool HasCohort { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? vue)
    {
        if (access.IsStaff)
        {
            Cohorts = (await access.StaffCohorts().Where(c => !c.Archived).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync())
                .Select(c => (c.Id, c.Name)).ToList();
            return Page();
        }

        var cohort = await access.LearnerCohortAsync();
        HasCohort = cohort is not null;
        if (cohort is null)
        {
            return Page();
        }

        var me = access.UserId;
        CurrentService = await DeskAccess.ServiceOnAsync(db, me, clock.Today);
        View = vue is MineView or AllView ? vue : CurrentService is null ? AllView : ServiceView;
        var requests = access.Requests().Where(r => r.CohortId == cohort);
        requests = View switch
        {
            ServiceView => requests.Where(r => r.Service == CurrentService),
            MineView => requests.Where(r => r.HandlerId == me),
            _ => requests,
        };
        Rows = await Queue(db, requests).ToListAsync();
        return Page();
    }

    /// <summary>A queue's rows, open ones first then the most recent: one query, the handler's name joined.</summary>
    public static IQueryable<QueueRow> Queue(SillageDb db, IQueryable<UserRequest> requests) =>
        from r in requests
        join u in db.Users on r.HandlerId equals u.Id into handlers
        from h in handlers.DefaultIfEmpty()
        orderby r.State >= RequestState.Resolved, r.SendAt descending, r.Id
        select new QueueRow(r.Id, r.Subject, r.RequesterName, r.RequesterSite, r.Service, r.Category, r.Priority, r.State, r.HandlerId,
            h == null ? null : h.FirstName + " " + h.LastName, r.SendAt, r.ReleasedAt, r.TraceId != null);
}
