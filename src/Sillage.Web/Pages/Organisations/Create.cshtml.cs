using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Organisations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Organisations;

/// <summary>A new organisation of the establishment (fil rouge or real), described before its org chart is drawn.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CreateModel(SillageDb db, OrganisationAccess access, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.Validate(ModelState, l);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var organisation = new Organisation { Name = "", EstablishmentId = await access.HomeAsync(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        Input.ApplyTo(organisation);
        db.Organisations.Add(organisation);
        audit.Record("organisation.created", organisation.Id, organisation.Name);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = l["Organisation créée : dessinez maintenant son organigramme."].Value;
        return RedirectToPage("/Organisations/Chart", new { id = organisation.Id });
    }
}
