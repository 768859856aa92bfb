using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Situations;

/// <summary>The learner's sheet of a situation (PDF), for anyone who may read the situation.</summary>
[Authorize(Policy = Policies.School)]
public sealed class LearnerSheetModel(SituationSheets sheets) : PageModel
{
    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => sheets.PrintAsync(this, id, forTeacher: false, cancellationToken);
}
