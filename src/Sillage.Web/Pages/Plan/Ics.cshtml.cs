using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Plan;

/// <summary>The cohort's plan as an iCalendar file, for the members of the cohort and its staff.</summary>
[Authorize(Policy = Policies.School)]
public sealed class IcsModel(PlanLoader loader, PublicAddress address, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        var view = await loader.LoadAsync(cohortId, cancellationToken);
        if (view?.Plan is null)
        {
            return NotFound();
        }

        var ics = PlanIcs.Build(view, clock, new Uri(address.Page("/Plan/Detail", new { cohortId })), l);
        return File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", "plan-de-formation.ics");
    }
}
