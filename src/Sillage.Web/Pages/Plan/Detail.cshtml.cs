using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Sillage.Domain;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Infrastructure.Security;

namespace Sillage.Web.Pages.Plan;

/// <summary>A cohort's plan: the guide's rules checked, hours, weeks and the calendar by week; exports to
/// iCalendar and PDF. Members of the cohort read it; the référent builds it.</summary>
[Authorize(Policy = Policies.SchoolDashboards)]
[EnableRateLimiting(RateLimits.JobStart)]
[RateLimitedHandlers("Pdf")]
public sealed class DetailModel(PlanLoader loader, JobQueue jobs, SillageDb db) : PageModel
{
    public PlanView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        var view = await loader.LoadAsync(cohortId, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    public async Task<IActionResult> OnPostPdfAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        var view = await loader.LoadAsync(cohortId, cancellationToken);
        if (view?.Plan is null)
        {
            return NotFound();
        }

        var job = jobs.Enqueue(PlanPdfJob.JobKind, new Message("Plan de formation en PDF — {0}", view.Cohort.Name), new PlanPdfJob.Payload(cohortId), User.UserId());
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Jobs/Detail", new { id = job.Id });
    }
}
