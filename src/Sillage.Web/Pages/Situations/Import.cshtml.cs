using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Situations;

/// <summary>Imports situations another school exported; every problem is listed with its path and nothing is
/// imported until the file is clean.</summary>
[Authorize(Policy = Policies.Staff)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
[RequestSizeLimit(MaxBytes + 1024 * 1024)]
public sealed class ImportModel(SituationImporter importer, SituationAccess access, AuditLog audit, SillageDb db, IStringLocalizer<Text> l) : PageModel
{
    /// <summary>Documents travel inside the file (base 64), hence a generous limit.</summary>
    public const long MaxBytes = 30 * 1024 * 1024;

    [BindProperty]
    [Display(Name = "Fichier de situation (JSON)")]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<SituationProblem> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await UploadText.ReadJsonAsync(Upload, MaxBytes, new Message("Le fichier dépasse 30 Mo : vérifiez le fichier choisi."), ModelState, nameof(Upload), l, cancellationToken) is not { } json)
        {
            return Page();
        }

        var result = await importer.ImportAsync(json, await access.HomeAsync(), User.UserId(), new Message("Importée depuis un fichier"), cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            Problems = result.Problems;
            // Said once, above the list of problems (not again under the file field).
            ModelState.AddModelError(string.Empty, l["Le fichier contient {0} problème(s) : rien n'a été importé.", result.Problems.Count]);
            return Page();
        }

        foreach (var situation in result.Situations)
        {
            audit.Record("situation.imported", situation.Id, situation.Title);
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = l["{0} situation(s) importée(s).", result.Situations.Count].Value;
        return result.Situations.Count == 1
            ? RedirectToPage("/Situations/Detail", new { id = result.Situations[0].Id })
            : RedirectToPage("/Situations/Index");
    }
}
