using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Exports;

/// <summary>
/// Re-import of a JSON export into an empty dossier: a learner into their own fresh account, an administrator
/// into the account of a learner given by e-mail. The whole file is checked first; any problem is listed with its
/// place in the file and nothing is imported.
/// </summary>
[Authorize(Roles = Roles.Admin + "," + Roles.Learner)]
[RequestSizeLimit(long.MaxValue)]
[RequestFormLimits(MultipartBodyLengthLimit = long.MaxValue)]
public sealed class ImportModel(SillageDb db, JsonImport import, IOptions<ExportOptions> options, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    [Display(Name = "Fichier zip de l'export JSON")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    [Display(Name = "Adresse e-mail de l'apprenant")]
    public string? LearnerEmail { get; set; }

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    public int? Imported { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var learnerId = await TargetAsync();
        if (learnerId is null)
        {
            return Page();
        }

        var max = options.Value.MaxImportMegabytes * 1024L * 1024L;
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), l["Choisissez le fichier zip de l'export."]);
            return Page();
        }

        if (Upload.Length > max)
        {
            ModelState.AddModelError(nameof(Upload), l["Le fichier dépasse {0} Mo.", options.Value.MaxImportMegabytes]);
            return Page();
        }

        await using var copy = new FileStream(Path.Combine(Path.GetTempPath(), $"sillage-import-{Guid.NewGuid():N}.zip"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await Upload.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        var result = await import.ImportAsync(copy, learnerId.Value, cancellationToken);
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        if (result.Succeeded)
        {
            Imported = result.Traces;
        }

        return Page();
    }

    /// <summary>The learner whose empty dossier receives the import, or null (with the reason in ModelState).</summary>
    private async Task<Guid?> TargetAsync()
    {
        Guid learnerId;
        if (IsAdmin)
        {
            var email = LearnerEmail?.Trim();
            var found = string.IsNullOrEmpty(email) ? null : await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant())
                .Join(db.UserRoles, u => u.Id, r => r.UserId, (u, r) => new { u.Id, r.RoleId })
                .Join(db.Roles.Where(r => r.Name == Roles.Learner), x => x.RoleId, r => r.Id, (x, _) => (Guid?)x.Id)
                .FirstOrDefaultAsync();
            if (found is null)
            {
                ModelState.AddModelError(nameof(LearnerEmail), l["Aucun apprenant n'a cette adresse e-mail."]);
                return null;
            }

            learnerId = found.Value;
        }
        else
        {
            learnerId = User.UserId();
        }

        if (await db.Traces.AnyAsync(t => t.LearnerId == learnerId))
        {
            ModelState.AddModelError(string.Empty, l["Le dossier de destination contient déjà des traces : l'import se fait dans un dossier vide (nouveau compte), pour ne rien mélanger ni dupliquer."]);
            return null;
        }

        return learnerId;
    }
}
