using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Suivi;

/// <summary>Entry of the suivi for staff: choose a cohort (learners go straight to their own dashboard).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(CohortAccess access) : PageModel
{
    public IReadOnlyList<(Guid Id, string Name, string SchoolYear, int Learners)> Cohorts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Cohorts = (await access.VisibleCohorts().AsNoTracking().Where(c => !c.Archived).OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name)
                .Select(c => new { c.Id, c.Name, c.SchoolYear, Learners = c.Members.Count(m => m.Role == CohortRole.Learner) }).ToListAsync())
            .Select(c => (c.Id, c.Name, c.SchoolYear, c.Learners)).ToList();
        return Page();
    }
}
