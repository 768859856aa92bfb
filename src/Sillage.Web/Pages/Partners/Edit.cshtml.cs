using Sillage.Web.PartnerDirectory;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Partners;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Pages.Pfmp;

namespace Sillage.Web.Pages.Partners;

/// <summary>A manager corrects a structure. Someone else's save in between is not overwritten; the duplicate
/// rules are those of the creation.</summary>
[Authorize(Policy = Policies.Management)]
public sealed class EditModel(SillageDb db, PfmpAccess access, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public HostInput Input { get; set; } = new();

    [BindProperty]
    [Display(Name = "Il s'agit bien d'une autre structure")]
    public bool ConfirmDuplicate { get; set; }

    public HostOrganisation Host { get; private set; } = null!;
    public IReadOnlyList<HostRules.Duplicate> Duplicates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await access.ManagedHosts().SingleOrDefaultAsync(h => h.Id == id) is not { } host)
        {
            return NotFound();
        }

        Host = host;
        Input = HostInput.From(host);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await access.ManagedHosts().SingleOrDefaultAsync(h => h.Id == id) is not { } host)
        {
            return NotFound();
        }

        Host = host;
        foreach (var (field, error) in Input.Validate(nameof(Input)))
        {
            ModelState.AddMessage(l, field, error);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Duplicates = await HostDirectory.DuplicatesAsync(db, host.EstablishmentId, host.Id, Input.Name!, Input.Siret);
        var sameSiret = Duplicates.FirstOrDefault(d => d.Reason == HostRules.DuplicateReason.SameSiret);
        if (sameSiret is not null)
        {
            ModelState.AddMessage(l, "Input.Siret", HostRules.Describe(sameSiret));
            return Page();
        }

        if (Duplicates.Count > 0 && !ConfirmDuplicate)
        {
            ModelState.AddModelError(nameof(ConfirmDuplicate), l["Une structure porte déjà ce nom : ouvrez-la plutôt, ou cochez « Il s'agit bien d'une autre structure »."]);
            return Page();
        }

        db.Entry(host).Property(h => h.Version).OriginalValue = Input.Version;
        Input.ApplyTo(host, clock.GetUtcNow().UtcDateTime);
        audit.Record("partner.updated", host.Id, host.Name);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, l["Cette structure a été modifiée par quelqu'un d'autre pendant que vous l'éditiez. Rechargez la page pour voir sa version actuelle : vos saisies n'ont pas été enregistrées."]);
            return Page();
        }

        TempData["Message"] = l["Modifications enregistrées."].Value;
        return RedirectToPage("/Partners/Detail", new { id });
    }
}
