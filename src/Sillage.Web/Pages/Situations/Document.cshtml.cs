using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Situations;

/// <summary>Downloads a document of a situation the user may read (always as an attachment).</summary>
[Authorize(Policy = Policies.School)]
public sealed class DocumentModel(SillageDb db, SituationAccess access, IFileStore files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var readable = (await access.ReadableAsync()).Select(s => s.Id);
        var document = await db.SituationDocuments.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == documentId && d.SituationId == id && readable.Contains(d.SituationId), cancellationToken);
        var stream = document is null ? null : await files.OpenReadAsync(document.FileKey, cancellationToken);
        return stream is null ? NotFound() : File(stream, document!.ContentType, document.FileName);
    }
}
