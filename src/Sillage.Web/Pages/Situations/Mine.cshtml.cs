using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Situations;

/// <summary>The learner's situations: current ones first with their missions, then upcoming and past ones.</summary>
[Authorize(Policy = Policies.Learner)]
public sealed class MineModel(SillageDb db, SituationAccess access, SchoolClock clock) : PageModel
{
    public IReadOnlyList<Item> Items { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.Today;
        var me = User.UserId();
        var mine = await access.AssignedLearners().Where(a => a.LearnerId == me)
            .Join(db.Situations, a => a.SituationId, s => s.Id, (a, s) => new
            {
                a.SituationId, s.Title, a.Start, a.End,
                Organisation = db.Organisations.Where(o => o.Id == s.OrganisationId).Select(o => o.Name).SingleOrDefault(),
                Context = s.Context,
            })
            .ToListAsync(cancellationToken);
        var ids = mine.Select(m => m.SituationId).Distinct().ToList();
        var missions = await db.Missions.AsNoTracking().Where(m => ids.Contains(m.SituationId) && m.RemovedAt == null)
            .OrderBy(m => m.SortOrder).Select(m => new { m.Id, m.SituationId, m.Title }).ToListAsync(cancellationToken);
        Items = mine.GroupBy(m => m.SituationId)
            .Select(g => g.OrderBy(a => a.End < Today).ThenBy(a => a.Start).First())
            .Select(m => new Item(m.SituationId, m.Title, m.Organisation, Sillage.Web.Infrastructure.Rendering.MarkdownRenderer.ToPlainText(m.Context), m.Start, m.End,
                m.Start > Today ? AssignmentStatus.Upcoming : m.End < Today ? AssignmentStatus.Past : AssignmentStatus.Current,
                missions.Where(x => x.SituationId == m.SituationId).Select((x, i) => (x.Id, i + 1, x.Title)).ToList()))
            .OrderBy(i => i.Status == AssignmentStatus.Current ? 0 : i.Status == AssignmentStatus.Upcoming ? 1 : 2)
            .ThenBy(i => i.Status == AssignmentStatus.Past ? -i.End.DayNumber : i.Start.DayNumber)
            .ToList();
    }

    public sealed record Item(Guid Id, string Title, string? Organisation, string Context, DateOnly Start, DateOnly End, AssignmentStatus Status,
        IReadOnlyList<(Guid Id, int Number, string Title)> Missions);
}
