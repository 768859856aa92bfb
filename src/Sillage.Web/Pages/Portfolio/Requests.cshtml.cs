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
        var traces = db.Traces.Where(t => t.DeletedAt == null);
        Open = await FeedbackQueue.Open(db, learners).AsNoTracking()
            .Join(traces, r => r.TraceId, t => t.Id, (r, t) => new { r, t })
            .Join(db.Users, x => x.r.LearnerId, u => u.Id, (x, u) => new { x.r, x.t, u })
            .OrderBy(x => x.r.RequestedAt)
            .Select(x => new Row(x.r.Id, x.t.Id, x.t.Title, x.u.Id, x.u.FirstName + " " + x.u.LastName, x.r.Message, x.r.RequestedAt, x.r.AnsweredAt))
            .ToListAsync();
        RecentlyAnswered = await db.FeedbackRequests.AsNoTracking().Where(r => learners.Contains(r.LearnerId) && r.AnsweredAt != null)
            .Join(traces, r => r.TraceId, t => t.Id, (r, t) => new { r, t })
            .Join(db.Users, x => x.r.LearnerId, u => u.Id, (x, u) => new { x.r, x.t, u })
            .OrderByDescending(x => x.r.AnsweredAt).Take(10)
            .Select(x => new Row(x.r.Id, x.t.Id, x.t.Title, x.u.Id, x.u.FirstName + " " + x.u.LastName, x.r.Message, x.r.RequestedAt, x.r.AnsweredAt))
            .ToListAsync();
    }

    public int WaitingDays(Row row) => Math.Max(0, (int)(Now - row.RequestedAt).TotalDays);

    public sealed record Row(Guid Id, Guid TraceId, string Title, Guid LearnerId, string Learner, string? Message, DateTime RequestedAt, DateTime? AnsweredAt);
}
