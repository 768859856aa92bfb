using Sillage.Web.PartnerDirectory;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Partners;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Partners;

/// <summary>A manager adds a structure to the directory, with its first contact. A SIRET already in the directory
/// is refused; a name already there asks for confirmation (two establishments of one company are legitimate).</summary>
[Authorize(Policy = Policies.Management)]
public sealed class CreateModel(SillageDb db, CohortAccess access, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public HostInput Input { get; set; } = new() { Kind = HostKind.Company };

    [BindProperty]
    public ContactInput Contact { get; set; } = new();

    [BindProperty]
    [Display(Name = "Il s'agit bien d'une autre structure")]
    public bool ConfirmDuplicate { get; set; }

    public IReadOnlyList<HostRules.Duplicate> Duplicates { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        foreach (var (field, error) in Input.Validate(nameof(Input)).Concat(Contact.IsEmpty ? [] : Contact.Validate(nameof(Contact))))
        {
            ModelState.AddMessage(l, field, error);
        }

        var establishmentId = await HostDirectory.EstablishmentAsync(db, access);
        if (establishmentId is null)
        {
            ModelState.AddModelError(string.Empty, l["Votre compte n'est rattaché à aucun établissement : l'annuaire des partenaires appartient à un établissement."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Duplicates = await HostDirectory.CheckNewAsync(db, establishmentId!.Value, Input, ConfirmDuplicate,
            l["Une structure porte déjà ce nom : ouvrez-la plutôt, ou cochez « Il s'agit bien d'une autre structure »."], ModelState, l);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var host = HostDirectory.NewHost(establishmentId.Value, Input, Contact, clock.GetUtcNow().UtcDateTime);

        db.HostOrganisations.Add(host);
        audit.Record("partner.created", host.Id, host.Name);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Structure « {0} » ajoutée à l'annuaire.", host.Name].Value;
        return RedirectToPage("/Partners/Detail", new { id = host.Id });
    }
}
