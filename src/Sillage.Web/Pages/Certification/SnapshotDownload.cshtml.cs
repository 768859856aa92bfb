using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Certification;

/// <summary>The PDF, the JSON or a copied file of a snapshot the caller may read.</summary>
[Authorize(Policy = Policies.School)]
public sealed class SnapshotDownloadModel(CertificationAccess access, SnapshotDownloads downloads, AuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string what, CancellationToken cancellationToken)
    {
        var snapshot = await access.ReadableSnapshots().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (snapshot is null)
        {
            return NotFound();
        }

        if (snapshot.LearnerId != access.UserId)
        {
            audit.Record("certification.snapshot-downloaded", snapshot.Id, what);
            await HttpContext.RequestServices.GetRequiredService<Data.SillageDb>().SaveChangesAsync(cancellationToken);
        }

        return await downloads.ServeAsync(Response, snapshot, what, null, masked: false, cancellationToken);
    }
}
