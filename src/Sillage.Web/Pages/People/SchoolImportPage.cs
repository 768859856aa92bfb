using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.People;

/// <summary>
/// What the SIECLE and STS-web import pages share: the establishment, the file carried from the preview to the
/// confirmation, the division → cohort choices and the e-mails typed for new accounts. Each page reads its own
/// file, builds its own plan and applies it.
/// </summary>
public abstract class SchoolImportPage(SchoolImportScope scope, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    [Display(Name = "Établissement")]
    public Guid? EstablishmentId { get; set; }

    [BindProperty]
    public string? FileContent { get; set; }

    /// <summary>Division code → cohort id ("" = skipped).</summary>
    // Named explicitly: a dictionary bound by its property's name alone falls back to every field of the form when
    // none starts with "Mapping" (the preview's upload form), and reads the antiforgery token as a cohort id.
    [BindProperty(Name = nameof(Mapping))]
    public Dictionary<string, Guid?> Mapping { get; set; } = [];

    /// <summary>Record id in the file (ELEVE_ID, INDIVIDU ID) → e-mail typed for a new account.</summary>
    [BindProperty(Name = nameof(Emails))]
    public Dictionary<string, string?> Emails { get; set; } = [];

    public SchoolImportScope.Choice Scope { get; private set; } = SchoolImportScope.Choice.Empty;

    protected IStringLocalizer<Text> L => l;

    protected Task LoadScopeAsync() => LoadAsync();

    /// <summary>The uploaded file, or the one carried by a "check again"; null (with the message) when there is none
    /// or no establishment is chosen.</summary>
    protected async Task<byte[]?> PreviewFileAsync(IFormFile? upload, string uploadKey)
    {
        await LoadAsync();
        var bytes = upload is not null ? await SchoolImportFile.ReadAsync(upload, ModelState, uploadKey, l)
            : FileContent is not null ? SchoolImportFile.Carried(FileContent, ModelState, l)
            : await SchoolImportFile.ReadAsync(null, ModelState, uploadKey, l);
        return bytes is not null && CheckEstablishment() ? bytes : null;
    }

    /// <summary>The file carried to the confirmation; null (with the message) when it is unreadable or no establishment is chosen.</summary>
    protected async Task<byte[]?> ConfirmFileAsync()
    {
        await LoadAsync();
        return SchoolImportFile.Carried(FileContent, ModelState, l) is { } bytes && CheckEstablishment() ? bytes : null;
    }

    /// <summary>Divisions named like a cohort or one of its groups are proposed for it; the référent confirms or changes.</summary>
    protected void ProposeMapping(IEnumerable<string> divisions) =>
        Mapping = divisions.Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(d => d, d => Scope.Cohorts.FirstOrDefault(c => c.Names.Contains(d, StringComparer.OrdinalIgnoreCase))?.Id);

    /// <summary>The e-mails typed (by record id) and those of them that already belong to an account.</summary>
    protected async Task<(Dictionary<string, string> Typed, ISet<string> Taken)> TypedEmailsAsync(SillageDb db)
    {
        var normalized = Emails.Values.OfType<string>().Select(e => PersonRules.NormalizeEmail(e).ToUpperInvariant()).Where(e => e.Length > 0).ToList();
        var taken = (await db.Users.Where(u => normalized.Contains(u.NormalizedEmail!)).Select(u => u.Email!).ToListAsync()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return (Emails.Where(e => !string.IsNullOrWhiteSpace(e.Value)).ToDictionary(e => e.Key, e => e.Value!), taken);
    }

    /// <summary>The refusal of a plan with errors: the page again, saying nothing was imported.</summary>
    protected IActionResult Refused(Message? reason = null)
    {
        ModelState.AddMessage(l, string.Empty, reason ?? new Message("Le fichier ou vos choix contiennent des erreurs : rien n'a été importé."));
        return Page();
    }

    private async Task LoadAsync() => Scope = await scope.LoadAsync(EstablishmentId);

    private bool CheckEstablishment()
    {
        if (Scope.EstablishmentId is null)
        {
            ModelState.AddMessage(l, nameof(EstablishmentId), new Message("Choisissez l'établissement dont vient le fichier."));
            return false;
        }

        return true;
    }
}
