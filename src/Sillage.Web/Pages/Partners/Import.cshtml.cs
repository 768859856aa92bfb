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
using Sillage.Web.Infrastructure.Spreadsheets;

namespace Sillage.Web.Pages.Partners;

/// <summary>
/// Host structures from a CSV file, as the learner import does it: the preview shows every line with its errors
/// (duplicates in the file and in the directory included); only a clean file can be confirmed, and the
/// confirmation imports every line or none. The file travels back with the confirmation and is checked again.
/// </summary>
[Authorize(Policy = Policies.Management)]
public sealed class ImportModel(SillageDb db, CohortAccess access, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    [Display(Name = "Fichier CSV")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? FileContent { get; set; }

    public HostCsv.Result? Preview { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (await HostDirectory.EstablishmentAsync(db, access) is not { } establishmentId)
        {
            ModelState.AddModelError(string.Empty, l["Votre compte n'est rattaché à aucun établissement : l'annuaire des partenaires appartient à un établissement."]);
            return Page();
        }

        if (await CsvImportFile.ReadAsync(Upload, ModelState, nameof(Upload), l) is not { } bytes)
        {
            return Page();
        }

        Preview = await CheckAsync(bytes, establishmentId);
        FileContent = CsvImportFile.Carry(bytes, Preview.IsValid);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        if (await HostDirectory.EstablishmentAsync(db, access) is not { } establishmentId)
        {
            return NotFound();
        }

        if (CsvImportFile.Carried(FileContent, ModelState, l) is not { } bytes)
        {
            return Page();
        }

        Preview = await CheckAsync(bytes, establishmentId);
        if (!Preview.IsValid)
        {
            ModelState.AddModelError(string.Empty, l["Le fichier n'est plus valable (une structure a peut-être été ajoutée entre-temps) : rien n'a été importé."]);
            FileContent = null;
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var line in Preview.Lines)
        {
            var host = new HostOrganisation { EstablishmentId = establishmentId, Name = line.Host.Name!, CreatedAt = now };
            line.Host.ApplyTo(host, now);
            if (line.Contact is not null)
            {
                host.Contacts.Add(line.Contact.ToContact(host.Id));
            }

            db.HostOrganisations.Add(host);
        }

        audit.Record("partners.imported", details: $"{Preview.Lines.Count} structures");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Message"] = l["{0} structure(s) importée(s).", Preview.Lines.Count].Value;
        return RedirectToPage("/Partners/Index");
    }

    /// <summary>The file's own errors plus the structures already in the directory.</summary>
    private async Task<HostCsv.Result> CheckAsync(byte[] bytes, Guid establishmentId)
    {
        var result = HostCsv.Parse(bytes);
        var existing = await db.HostOrganisations.AsNoTracking().Where(h => h.EstablishmentId == establishmentId)
            .Select(h => new HostRules.Candidate(h.Id, h.Name, h.Siret)).ToListAsync();
        if (existing.Count == 0)
        {
            return result;
        }

        var lines = result.Lines.Select(line => line.Host.Name is null
            ? line
            : line with
            {
                Errors = [.. line.Errors, .. HostRules.FindDuplicates(new(null, line.Host.Name, line.Host.Siret), existing)
                    .Select(d => new Message("Déjà dans l'annuaire : {0}", HostRules.Describe(d)))],
            }).ToList();
        return result with { Lines = lines };
    }
}
