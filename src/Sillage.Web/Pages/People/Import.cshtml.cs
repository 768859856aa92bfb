using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Spreadsheets;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.People;

/// <summary>
/// Learners from a SIECLE/Pronote CSV export, in two steps: the preview lists every line with its errors;
/// only a clean file can be confirmed, and the confirmation imports all lines or none. The file travels
/// back with the confirmation (base64) and is checked again, so nothing is kept on the server between steps.
/// </summary>
[Authorize(Policy = Policies.Management)]
public sealed class ImportModel(CohortAccess access, LearnerImport import, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    [Display(Name = "Fichier CSV")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    [Display(Name = "Promotion")]
    public Guid? CohortId { get; set; }

    [BindProperty]
    [Display(Name = "Envoyer les invitations")]
    public bool SendInvitations { get; set; } = true;

    /// <summary>The checked file, carried from the preview to the confirmation.</summary>
    [BindProperty]
    public string? FileContent { get; set; }

    public LearnerCsv.Result? Preview { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Cohorts { get; private set; } = [];

    public async Task OnGetAsync(Guid? promotion)
    {
        await LoadCohortsAsync();
        CohortId = promotion;
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        await LoadCohortsAsync();
        if (!CheckCohort())
        {
            return Page();
        }

        if (await CsvImportFile.ReadAsync(Upload, ModelState, nameof(Upload), l) is not { } bytes)
        {
            return Page();
        }

        Preview = await import.CheckAsync(bytes);
        FileContent = CsvImportFile.Carry(bytes, Preview.IsValid);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        await LoadCohortsAsync();
        if (!CheckCohort())
        {
            return Page();
        }

        if (CsvImportFile.Carried(FileContent, ModelState, l) is not { } bytes)
        {
            return Page();
        }

        Preview = await import.CheckAsync(bytes);
        if (!Preview.IsValid)
        {
            ModelState.AddModelError(string.Empty, l["Le fichier n'est plus valable (un compte a peut-être été créé entre-temps) : rien n'a été importé."]);
            FileContent = null;
            return Page();
        }

        var cohortId = CohortId!.Value;
        if (await import.ImportAsync(Preview, cohortId, SendInvitations) is { } failure)
        {
            ModelState.AddModelError(string.Empty, l.Format(failure));
            FileContent = null;
            return Page();
        }

        TempData["Message"] = l["{0} apprenant(s) importé(s).", Preview.Lines.Count].Value;
        return RedirectToPage("/Cohorts/Detail", new { id = cohortId });
    }

    private bool CheckCohort()
    {
        if (CohortId is null || !Cohorts.Any(c => c.Id == CohortId))
        {
            ModelState.AddModelError(nameof(CohortId), l["Choisissez la promotion qui accueille ces apprenants."]);
            return false;
        }

        return true;
    }

    private async Task LoadCohortsAsync() =>
        Cohorts = (await access.ManagedCohorts().AsNoTracking().Where(c => !c.Archived)
                .OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name).Select(c => new { c.Id, c.Name, c.SchoolYear }).ToListAsync())
            .Select(c => (c.Id, $"{c.Name} ({c.SchoolYear})")).ToList();
}
