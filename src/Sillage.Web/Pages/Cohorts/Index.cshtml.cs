using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Cohorts;

[Authorize(Policy = Policies.Dashboards)]
public sealed class IndexModel(SillageDb db, CohortAccess access) : PageModel
{
    public IReadOnlyList<Row> Cohorts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Cohorts = await access.VisibleCohorts().AsNoTracking()
            .OrderBy(c => c.Archived).ThenByDescending(c => c.SchoolYear).ThenBy(c => c.Name)
            .Select(c => new Row(c.Id, c.Name, c.SchoolYear, c.Archived,
                db.Establishments.Where(e => e.Id == c.EstablishmentId).Select(e => e.Name).Single(),
                db.Frameworks.Where(f => f.Id == c.FrameworkId).Select(f => (f.ShortTitle ?? f.Title) + " " + f.Version).Single(),
                c.Members.Count(m => m.Role == CohortRole.Learner),
                c.Members.Count(m => m.Role == CohortRole.Teacher)))
            .ToListAsync();
    }

    public sealed record Row(Guid Id, string Name, string SchoolYear, bool Archived, string Establishment, string Framework, int Learners, int Teachers);
}
