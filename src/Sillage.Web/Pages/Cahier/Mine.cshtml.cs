using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Plan;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Cahier;

/// <summary>The way into the cahiers de textes: the user's cohorts with this week's sessions.</summary>
[Authorize(Policy = Policies.SchoolDashboards)]
public sealed class MineModel(SillageDb db, CohortAccess access, SchoolClock clock) : PageModel
{
    public IReadOnlyList<Line> Cohorts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var monday = Weekday.Monday(clock.Today);
        var saturday = monday.AddDays(5);
        Cohorts = await access.VisibleCohorts().AsNoTracking().OrderBy(c => c.Archived).ThenByDescending(c => c.SchoolYear).ThenBy(c => c.Name)
            .Select(c => new Line(c.Id, c.Name, c.SchoolYear, c.Archived,
                db.ClassSessions.Count(s => s.CohortId == c.Id && s.Date >= monday && s.Date <= saturday),
                db.ClassSessions.Count(s => s.CohortId == c.Id)))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record Line(Guid Id, string Name, string SchoolYear, bool Archived, int ThisWeek, int Total);
}
