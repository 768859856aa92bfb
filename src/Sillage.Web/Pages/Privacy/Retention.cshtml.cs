using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Privacy;

/// <summary>The retention job's last runs and what they did; an administrator can run it now.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class RetentionModel(SillageDb db, RetentionJob retention, AuditLog audit) : PageModel
{
    public IReadOnlyList<RetentionRun> Runs { get; private set; } = [];

    public async Task OnGetAsync() =>
        Runs = await db.RetentionRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(20).ToListAsync();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await retention.RunAsync(cancellationToken);
        audit.Record("retention.run");
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }
}
