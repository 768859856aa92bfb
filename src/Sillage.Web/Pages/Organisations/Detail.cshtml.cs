using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Organisations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Situations;

namespace Sillage.Web.Pages.Organisations;

/// <summary>An organisation's context, sites, information system, documents and org chart (drawn from the
/// reporting lines), with the situations set in it.</summary>
[Authorize(Policy = Policies.School)]
public sealed class DetailModel(SillageDb db, OrganisationAccess access, SituationAccess situations, DocumentShelf shelf) : PageModel
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

        return await shelf.AddAsync(this, DocumentTitle, Upload, "organisations", d => new OrganisationDocument
        {
            OrganisationId = id, Title = d.Title, FileName = d.File.FileName, ContentType = d.File.ContentType, Size = d.File.Size,
            FileKey = d.File.Key, UploadedAt = d.At, UploadedById = User.UserId(),
        }, "organisation.document-added", id, cancellationToken) ? RedirectToPage(new { id }) : Page();
    }

    public async Task<IActionResult> OnPostDeleteDocumentAsync(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !CanEdit)
        {
            return NotFound();
        }

        return await shelf.RemoveAsync(this, db.OrganisationDocuments.Where(d => d.Id == documentId && d.OrganisationId == id), "organisation.document-removed", id,
            cancellationToken) ? RedirectToPage(new { id }) : NotFound();
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
