using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Organisations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Pages.Situations;

namespace Sillage.Web.Pages.Organisations;

/// <summary>An organisation's context, sites, information system, documents and org chart (drawn from the
/// reporting lines), with the situations set in it.</summary>
[Authorize(Policy = Policies.School)]
public sealed class DetailModel(SillageDb db, OrganisationAccess access, SituationAccess situations, AttachmentUpload upload, IFileStore store,
    AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public IReadOnlyList<(Guid Id, string Title)> Situations { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Titre du document")]
    public string? DocumentTitle { get; set; }

    [BindProperty]
    [Display(Name = "Fichier")]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !CanEdit)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(DocumentTitle) || DocumentTitle.Trim().Length > 200)
        {
            ModelState.AddModelError(nameof(DocumentTitle), l["Donnez au document un titre de 1 à 200 caractères (ex. : Charte graphique)."]);
            return Page();
        }

        var (stored, error) = await upload.SaveAsync(Upload, "organisations", cancellationToken);
        if (stored is null)
        {
            ModelState.AddMessage(l, nameof(Upload), error!);
            return Page();
        }

        db.OrganisationDocuments.Add(new OrganisationDocument
        {
            OrganisationId = id, Title = DocumentTitle.Trim(), FileName = stored.FileName, ContentType = stored.ContentType, Size = stored.Size,
            FileKey = stored.Key, UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedById = User.UserId(),
        });
        audit.Record("organisation.document-added", id, stored.FileName);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = l["Document « {0} » ajouté.", DocumentTitle.Trim()].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteDocumentAsync(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !CanEdit)
        {
            return NotFound();
        }

        var document = await db.OrganisationDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.OrganisationId == id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        db.OrganisationDocuments.Remove(document);
        audit.Record("organisation.document-removed", id, document.FileName);
        await db.SaveChangesAsync(cancellationToken);
        await store.DeleteAsync(document.FileKey, cancellationToken);
        TempData["Message"] = l["Document « {0} » retiré.", document.Title].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await (await access.ReadableAsync()).AsNoTracking()
            .Include(o => o.Sites.OrderBy(s => s.SortOrder))
            .Include(o => o.People.OrderBy(p => p.SortOrder))
            .Include(o => o.Documents.OrderBy(d => d.UploadedAt))
            .AsSplitQuery()
            .SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return false;
        }

        Organisation = organisation;
        CanEdit = await (await access.EditableAsync()).AnyAsync(o => o.Id == id, cancellationToken);
        Situations = (await (await situations.ReadableAsync()).Where(s => s.OrganisationId == id).OrderBy(s => s.Title)
            .Select(s => new { s.Id, s.Title }).ToListAsync(cancellationToken)).Select(s => (s.Id, s.Title)).ToList();
        return true;
    }
}
