using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Situations;

namespace Sillage.Web.Pages.Organisations;

/// <summary>Downloads a document of an organisation the user may read (always as an attachment).</summary>
[Authorize(Policy = Policies.School)]
public sealed class DocumentModel(SillageDb db, OrganisationAccess access, DocumentShelf shelf) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var readable = (await access.ReadableAsync()).Select(o => o.Id);
        return await shelf.DownloadAsync(this, db.OrganisationDocuments.Where(d => d.Id == documentId && d.OrganisationId == id && readable.Contains(d.OrganisationId)), cancellationToken);
    }
}
