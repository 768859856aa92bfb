using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Plan;

/// <summary>The plans de formation of the cohorts the user sees, with whether each follows the guide's rules.</summary>
[Authorize(Policy = Policies.SchoolDashboards)]
public sealed class IndexModel(CohortAccess access, PlanLoader loader) : PageModel
{
    public IReadOnlyList<PlanView> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var cohorts = await access.VisibleCohorts().AsNoTracking().Where(c => !c.Archived)
            .OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var managed = await access.ManagedCohorts().Select(c => c.Id).ToListAsync(cancellationToken);
        var plans = new List<PlanView>();
        foreach (var cohort in cohorts)
        {
            plans.Add(await loader.LoadAsync(cohort, managed.Contains(cohort.Id), cancellationToken));
        }

        Plans = plans;
    }
}
