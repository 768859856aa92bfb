using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Frameworks;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>Administrators import a framework file; every problem is listed with its path and nothing is
/// imported until the file is clean.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ImportModel(FrameworkImporter importer, AuditLog audit, Sillage.Web.Data.SillageDb db, IStringLocalizer<Text> l) : PageModel
{
    public const long MaxBytes = 2 * 1024 * 1024;

    [BindProperty]
    [Display(Name = "Fichier du référentiel (JSON)")]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<FrameworkProblem> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await UploadText.ReadJsonAsync(Upload, MaxBytes, new Message("Le fichier dépasse 2 Mo : un référentiel est bien plus petit, vérifiez le fichier choisi."), ModelState, nameof(Upload), l, cancellationToken) is not { } json)
        {
            return Page();
        }

        var result = await importer.ImportAsync(json, User.UserId(), cancellationToken);
        if (!result.Succeeded)
        {
            Problems = result.Problems;
            // Said once, above the list of problems (not again under the file field).
            ModelState.AddModelError(string.Empty, l["Le fichier contient {0} problème(s) : rien n'a été importé.", result.Problems.Count]);
            return Page();
        }

        var framework = result.Framework!;
        audit.Record("framework.imported", details: $"{framework.Code} {framework.Version}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = result.Replaced
            ? l["Version {0} du référentiel « {1} » remplacée (elle n'était utilisée par aucune promotion).", framework.Version, framework.Title].Value
            : l["Référentiel « {0} », version {1}, importé.", framework.Title, framework.Version].Value;
        return RedirectToPage("/Referentiel/Detail", new { id = framework.Id });
    }
}
