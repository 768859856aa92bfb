using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
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
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>Administrators import a framework file; every problem is listed with its path and nothing is
/// imported until the file is clean.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ImportModel(FrameworkImporter importer, AuditLog audit, Sillage.Web.Data.SillageDb db, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public const long MaxBytes = 2 * 1024 * 1024;

    [BindProperty]
    [Display(Name = "Fichier du référentiel (JSON, ou CSV exporté de Moodle)")]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<FrameworkProblem> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var tooLarge = new Message("Le fichier dépasse 2 Mo : un référentiel est bien plus petit, vérifiez le fichier choisi.");
        string? json;
        if (Upload is { Length: > 0 } csv && csv.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            if (csv.Length > MaxBytes)
            {
                ModelState.AddMessage(l, nameof(Upload), tooLarge);
                return Page();
            }

            // Moodle's competency framework CSV: a new version of the framework, validated and imported as its JSON would be.
            using var buffer = new MemoryStream();
            await csv.CopyToAsync(buffer, cancellationToken);
            var (file, problems) = MoodleFrameworkCsv.Read(buffer.ToArray(), "moodle-" + clock.Now.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture));
            if (file is null)
            {
                return Refused(problems);
            }

            json = JsonSerializer.Serialize(file, FrameworkFileReader.Options);
        }
        else if ((json = await UploadText.ReadJsonAsync(Upload, MaxBytes, tooLarge, ModelState, nameof(Upload), l, cancellationToken)) is null)
        {
            return Page();
        }

        var result = await importer.ImportAsync(json, User.UserId(), cancellationToken);
        if (!result.Succeeded)
        {
            return Refused(result.Problems);
        }

        var framework = result.Framework!;
        audit.Record("framework.imported", details: $"{framework.Code} {framework.Version}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = result.Replaced
            ? l["Version {0} du référentiel « {1} » remplacée (elle n'était utilisée par aucune promotion).", framework.Version, framework.Title].Value
            : l["Référentiel « {0} », version {1}, importé.", framework.Title, framework.Version].Value;
        return RedirectToPage("/Referentiel/Detail", new { id = framework.Id });
    }

    private PageResult Refused(IReadOnlyList<FrameworkProblem> problems)
    {
        Problems = problems;
        // Said once, above the list of problems (not again under the file field).
        ModelState.AddModelError(string.Empty, l["Le fichier contient {0} problème(s) : rien n'a été importé.", problems.Count]);
        return Page();
    }
}
