using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Certification;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Certification;

/// <summary>The référent sets, per cohort, the minimum a dossier must meet before it can be submitted.</summary>
[Authorize(Policy = Policies.Management)]
public sealed class RequirementsModel(SillageDb db, CohortAccess cohorts, TimeProvider clock, AuditLog audit, IStringLocalizer<Text> l) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [BindProperty]
    public Guid CohortId { get; set; }

    [BindProperty]
    public int MinItems { get; set; }

    [BindProperty]
    public int MinTracesPerCompetence { get; set; }

    [BindProperty]
    public bool IncludeDetailedCompetences { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Rows.All(r => r.CohortId != CohortId))
        {
            return NotFound();
        }

        if (!SubmissionRequirement.IsValidCount(MinItems) || !SubmissionRequirement.IsValidCount(MinTracesPerCompetence))
        {
            ModelState.AddModelError(string.Empty, l["Les minimums vont de 0 à {0}.", SubmissionRequirement.MaxCount]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var requirement = await db.SubmissionRequirements.SingleOrDefaultAsync(r => r.CohortId == CohortId);
        if (requirement is null)
        {
            requirement = new SubmissionRequirement { CohortId = CohortId };
            db.SubmissionRequirements.Add(requirement);
        }

        requirement.MinItems = MinItems;
        requirement.MinTracesPerCompetence = MinTracesPerCompetence;
        requirement.IncludeDetailedCompetences = IncludeDetailedCompetences;
        requirement.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        requirement.UpdatedById = User.UserId();
        audit.Record("certification.requirement-changed", CohortId, $"{MinItems}/{MinTracesPerCompetence}/{IncludeDetailedCompetences}");
        await db.SaveChangesAsync();
        TempData["Message"] = l["Minimum enregistré."].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var managed = cohorts.ManagedCohorts().Where(c => !c.Archived);
        Rows = await managed.AsNoTracking().OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name)
            .Select(c => new Row(c.Id, c.Name, c.SchoolYear, db.SubmissionRequirements.Where(r => r.CohortId == c.Id).Select(r => (SubmissionRequirement?)r).FirstOrDefault()))
            .ToListAsync();
    }

    public sealed record Row(Guid CohortId, string Name, string SchoolYear, SubmissionRequirement? Requirement);
}
