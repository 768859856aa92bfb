using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Files;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Situations;

/// <summary>
/// The documents kept with a record — a situation and its missions, an organisation: adding one (a title and a
/// checked upload), removing one (its row, then its file) and downloading one, each change audited and confirmed by a
/// flash. The page binds the title as <see cref="TitleField"/> and the file as <see cref="FileField"/>, and makes the
/// row itself (its owner's id, its order).
/// </summary>
public sealed class DocumentShelf(SillageDb db, AttachmentUpload upload, IFileStore store, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l)
{
    public const string TitleField = "DocumentTitle";
    public const string FileField = "Upload";
    public const int TitleMaxLength = 200;

    /// <summary>A checked, stored file and the document's trimmed title, for the page to make its row.</summary>
    public sealed record Added(string Title, AttachmentUpload.Stored File, DateTime At);

    /// <summary>Checks the title and the file, stores the file, then adds, audits and saves the row the page makes.</summary>
    /// <returns>False when refused: the reasons are in the page's model state and nothing is stored.</returns>
    public async Task<bool> AddAsync<T>(PageModel page, string? title, IFormFile? file, string prefix, Func<Added, T> row, string auditAction, Guid subjectId,
        CancellationToken cancellationToken) where T : class, IStoredDocument
    {
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > TitleMaxLength)
        {
            page.ModelState.AddMessage(l, TitleField, new Message("Donnez au document un titre de 1 à 200 caractères (ex. : Charte graphique)."));
        }

        if (!page.ModelState.IsValid)
        {
            return false;
        }

        var (stored, error) = await upload.SaveAsync(file, prefix, cancellationToken);
        if (stored is null)
        {
            page.ModelState.AddMessage(l, FileField, error!);
            return false;
        }

        var document = row(new Added(title!.Trim(), stored, clock.GetUtcNow().UtcDateTime));
        db.Add(document);
        audit.Record(auditAction, subjectId, stored.FileName);
        await db.SaveChangesAsync(cancellationToken);
        page.TempData["Message"] = l["Document « {0} » ajouté.", document.Title].Value;
        return true;
    }

    /// <summary>Removes the one document of <paramref name="document"/> (a query the page narrowed to its record), then its file.</summary>
    /// <returns>False when there is no such document.</returns>
    public async Task<bool> RemoveAsync<T>(PageModel page, IQueryable<T> document, string auditAction, Guid subjectId, CancellationToken cancellationToken)
        where T : class, IStoredDocument
    {
        var found = await document.SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return false;
        }

        db.Remove(found);
        audit.Record(auditAction, subjectId, found.FileName);
        await db.SaveChangesAsync(cancellationToken);
        await store.DeleteAsync(found.FileKey, cancellationToken);
        page.TempData["Message"] = l["Document « {0} » retiré.", found.Title].Value;
        return true;
    }

    /// <summary>The file of the one document of <paramref name="document"/> (a query the page narrowed to what the user
    /// may read), always as an attachment; 404 when there is none or its file is gone.</summary>
    public async Task<IActionResult> DownloadAsync<T>(PageModel page, IQueryable<T> document, CancellationToken cancellationToken)
        where T : class, IStoredDocument
    {
        var found = await document.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var stream = found is null ? null : await store.OpenReadAsync(found.FileKey, cancellationToken);
        return stream is null ? page.NotFound() : page.File(stream, found!.ContentType, found.FileName);
    }
}
