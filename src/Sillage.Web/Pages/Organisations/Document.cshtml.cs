using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Organisations;

/// <summary>Downloads a document of an organisation the user may read (always as an attachment).</summary>
[Authorize(Policy = Policies.School)]
public sealed class DocumentModel(SillageDb db, OrganisationAccess access, IFileStore files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var readable = (await access.ReadableAsync()).Select(o => o.Id);
        var document = await db.OrganisationDocuments.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == documentId && d.OrganisationId == id && readable.Contains(d.OrganisationId), cancellationToken);
        var stream = document is null ? null : await files.OpenReadAsync(document.FileKey, cancellationToken);
        return stream is null ? NotFound() : File(stream, document!.ContentType, document.FileName);
    }
}
