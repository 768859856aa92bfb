using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Privacy;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Privacy;

/// <summary>The registre des activités de traitement, public: anyone may read what Sillage does with
/// personal data and how to exercise their rights.</summary>
[AllowAnonymous]
public sealed class IndexModel(SillageDb db) : PageModel
{
    public IReadOnlyList<ProcessingActivity> Activities { get; private set; } = [];

    public async Task OnGetAsync() =>
        Activities = await db.ProcessingActivities.AsNoTracking().OrderBy(a => a.SortOrder).ToListAsync();
}
