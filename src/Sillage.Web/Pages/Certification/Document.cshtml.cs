using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Certification;

/// <summary>A document added to a dossier, for its learner and the staff who read the dossier (404 otherwise).</summary>
[Authorize(Policy = Policies.School)]
public sealed class DocumentModel(SillageDb db, CertificationAccess access, IFileStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid itemId, CancellationToken cancellationToken)
    {
        var dossiers = access.ReadableDossiers().Select(d => d.Id);
        var item = await db.DossierItems.AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == itemId && i.DossierId == id && i.StorageKey != null && dossiers.Contains(i.DossierId), cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var stream = await store.OpenReadAsync(item.StorageKey!, cancellationToken);
        return stream is null ? NotFound() : CertificationFiles.Serve(Response, stream, item.FileName ?? "document", item.ContentType ?? "application/octet-stream");
    }
}
