using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>The learner adds files to their trace (with a progress bar when scripts run) and removes them.</summary>
[Authorize(Policy = Policies.Learner)]
public sealed class AttachmentsModel(SillageDb db, PortfolioAccess access, TraceAttachments attachments, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    public Trace Trace { get; private set; } = null!;
    public IReadOnlyList<Attachment> Files { get; private set; } = [];
    public string Accepted => string.Join(", ", attachments.Options.AllowedExtensions.Order().Select(e => "." + e));
    public long MaxBytes => attachments.Options.MaxUploadBytes;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(Guid id, List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (files.Count == 0)
        {
            ModelState.AddModelError("files", l["Choisissez au moins un fichier."]);
            return Page();
        }

        var (added, errors) = await attachments.UploadAsync(Trace, access.UserId, files, cancellationToken);
        foreach (var error in errors)
        {
            ModelState.AddMessage(l, "files", error);
        }

        if (errors.Count > 0)
        {
            await LoadAsync(id);
            if (added > 0)
            {
                TempData["Message"] = l["{0} fichier(s) ajouté(s).", added].Value;
            }

            return Page();
        }

        TempData["Message"] = l["{0} fichier(s) ajouté(s).", added].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid attachmentId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.TraceId == id && a.DeletedAt == null);
        if (attachment is null)
        {
            return NotFound();
        }

        attachment.DeletedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("trace.attachment-removed", id, attachment.FileName);
        await db.SaveChangesAsync();
        TempData["Message"] = l["« {0} » retiré de la trace.", attachment.FileName].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var trace = await access.OwnTraces().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && t.DeletedAt == null);
        if (trace is null)
        {
            return false;
        }

        Trace = trace;
        Files = await db.Attachments.AsNoTracking().Where(a => a.TraceId == id && a.DeletedAt == null).OrderBy(a => a.UploadedAt).ToListAsync();
        return true;
    }
}
