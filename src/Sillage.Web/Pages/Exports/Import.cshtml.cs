using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.IO.Compression;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Sillage.Domain;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Security;

namespace Sillage.Web.Pages.Exports;

/// <summary>
/// Re-import of a JSON export into an empty dossier: a learner into their own fresh account, an administrator
/// into the account of a learner given by e-mail. The request only checks the target and the file's size, stores the
/// zip and queues an <see cref="ImportJob"/>; the job page then follows the check and the import, and lists every
/// problem with its place in the file (nothing is imported then).
/// </summary>
[Authorize(Roles = Roles.Admin + "," + Roles.Learner)]
[EnableRateLimiting(RateLimits.JobStart)]
[ImportRequestLimit]
public sealed class ImportModel(SillageDb db, JobQueue jobs, IFileStore files, IOptions<ImportLimits> limits, IOptions<StorageOptions> storage,
    TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    [Display(Name = "Fichier zip de l'export JSON")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    [Display(Name = "Adresse e-mail de l'apprenant")]
    public string? LearnerEmail { get; set; }

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    public void OnGet()
    {
        if (TempData[ImportRequestLimitAttribute.RefusedKey] is string refused)
        {
            ModelState.AddModelError(nameof(Upload), refused);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var learnerId = await TargetAsync();
        if (learnerId is null)
        {
            return Page();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), l["Choisissez le fichier zip de l'export."]);
            return Page();
        }

        if (Upload.Length > limits.Value.MaxUploadBytes)
        {
            ModelState.AddModelError(nameof(Upload), l["Le fichier dépasse {0} Mo.", limits.Value.MaxUploadMegabytes]);
            return Page();
        }

        var key = FileKeys.New("imports", clock.GetUtcNow().UtcDateTime);
        await using (var content = Upload.OpenReadStream())
        {
            if (Refusal(content) is { } refusal)
            {
                ModelState.AddMessage(l, nameof(Upload), refusal);
                return Page();
            }

            content.Position = 0;
            await files.SaveAsync(key, content, "application/zip", cancellationToken);
        }

        var name = await db.Users.Where(u => u.Id == learnerId).Select(u => u.FirstName + " " + u.LastName).SingleAsync(cancellationToken);
        var job = jobs.Enqueue(ImportJob.JobKind, new Message("Import d'un dossier — {0}", name), new ImportJob.Payload(key, learnerId.Value, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), User.UserId());
        // Until the job ends, the zip is its result file: old jobs and erased people lose their files, so a job that
        // never ends (it failed too often) does not leave the zip behind forever. It is never offered for download.
        job.ResultFileKey = key;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Jobs/Detail", new { id = job.Id });
    }

    /// <summary>What the zip's directory alone shows to be over the limits (the job checks everything else). A file that
    /// is not a zip goes on to the job, which says so with the other problems.</summary>
    private Message? Refusal(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return ImportArchive.Check(zip, limits.Value, storage.Value.MaxUploadBytes);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentOutOfRangeException)
        {
            // Not a zip (the upload's stream refuses to seek before its start when the file is shorter than a zip's end record).
            return null;
        }
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
            ModelState.AddMessage(l, string.Empty, JsonImport.TargetNotEmpty);
            return null;
        }

        return learnerId;
    }
}
