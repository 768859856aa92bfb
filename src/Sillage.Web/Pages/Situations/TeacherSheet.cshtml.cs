using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Situations;

/// <summary>The teacher's sheet of a situation (PDF): intention, timing, evaluation points, restitution.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TeacherSheetModel(SituationSheets sheets) : PageModel
{
    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => sheets.PrintAsync(this, id, forTeacher: true, cancellationToken);
}
