using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Pfmp.Search;

/// <summary>One learner's search as the team reads it; managers of the cohort validate proposed structures and
/// turn accepted applications into periods from here.</summary>
[Authorize(Policy = Policies.Dashboards)]
public sealed class LearnerModel(SillageDb db, SearchAccess access) : PageModel
{
    public string LearnerName { get; private set; } = "";
    public SearchView View { get; private set; } = null!;
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid learnerId)
    {
        var learner = await db.Users.AsNoTracking().Where(u => u.Id == learnerId && access.VisibleLearners().Contains(u.Id))
            .Select(u => new { u.FirstName, u.LastName }).SingleOrDefaultAsync();
        if (learner is null)
        {
            return NotFound();
        }

        LearnerName = $"{learner.FirstName} {learner.LastName}";
        CanManage = await access.ManagedLearners().ContainsAsync(learnerId);
        View = await SearchView.LoadAsync(db, learnerId);
        return Page();
    }
}
