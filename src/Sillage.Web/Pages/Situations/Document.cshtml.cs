using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Situations;

/// <summary>Downloads a document of a situation the user may read (always as an attachment).</summary>
[Authorize(Policy = Policies.School)]
public sealed class DocumentModel(SillageDb db, SituationAccess access, DocumentShelf shelf) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var readable = (await access.ReadableAsync()).Select(s => s.Id);
        return await shelf.DownloadAsync(this, db.SituationDocuments.Where(d => d.Id == documentId && d.SituationId == id && readable.Contains(d.SituationId)), cancellationToken);
    }
}
