using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>The teachers' queue: open feedback requests of the learners of their cohorts, oldest first.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RequestsModel(SillageDb db, CohortAccess cohorts, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Row> Open { get; private set; } = [];
    public IReadOnlyList<Row> RecentlyAnswered { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task OnGetAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        var learners = cohorts.VisibleLearnerIds();
        var requests = db.FeedbackRequests.AsNoTracking().Where(r => learners.Contains(r.LearnerId))
            .Join(db.Traces.Where(t => t.DeletedAt == null), r => r.TraceId, t => t.Id, (r, t) => new { r, t })
            .Join(db.Users, x => x.r.LearnerId, u => u.Id, (x, u) => new { x.r, x.t, u });
        Open = await requests.Where(x => x.r.AnsweredAt == null && x.r.WithdrawnAt == null)
            .OrderBy(x => x.r.RequestedAt)
            .Select(x => new Row(x.r.Id, x.t.Id, x.t.Title, x.u.Id, x.u.FirstName + " " + x.u.LastName, x.r.Message, x.r.RequestedAt, x.r.AnsweredAt))
            .ToListAsync();
        RecentlyAnswered = await requests.Where(x => x.r.AnsweredAt != null)
            .OrderByDescending(x => x.r.AnsweredAt).Take(10)
            .Select(x => new Row(x.r.Id, x.t.Id, x.t.Title, x.u.Id, x.u.FirstName + " " + x.u.LastName, x.r.Message, x.r.RequestedAt, x.r.AnsweredAt))
            .ToListAsync();
    }

    public int WaitingDays(Row row) => Math.Max(0, (int)(Now - row.RequestedAt).TotalDays);

    public sealed record Row(Guid Id, Guid TraceId, string Title, Guid LearnerId, string Learner, string? Message, DateTime RequestedAt, DateTime? AnsweredAt);
}
