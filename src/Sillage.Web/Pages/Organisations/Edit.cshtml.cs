using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Organisations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Organisations;

/// <summary>Changes an organisation's description, information-system notes and sites.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class EditModel(SillageDb db, OrganisationAccess access, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public Organisation Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await access.LoadEditableAsync(id, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        Organisation = organisation;
        Input = OrganisationInput.From(organisation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await access.LoadEditableAsync(id, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        Organisation = organisation;
        Input.Validate(ModelState, l);
        if (ModelState.IsValid && Input.Version != organisation.Version)
        {
            ModelState.AddModelError("", l["L'organisation a été modifiée par quelqu'un d'autre entre-temps : rechargez la page pour repartir de sa dernière version."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(organisation);
        organisation.Version++;
        organisation.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("organisation.updated", id, organisation.Name);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["L'organisation a été modifiée par quelqu'un d'autre entre-temps : rechargez la page pour repartir de sa dernière version."]);
            return Page();
        }

        TempData["Message"] = l["Organisation enregistrée."].Value;
        return RedirectToPage("/Organisations/Detail", new { id });
    }
}
