using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Certification;

/// <summary>A submitted dossier as it was frozen, read from its snapshot (never from the live traces), with its
/// fingerprint, its PDF and its JSON.</summary>
[Authorize(Policy = Policies.School)]
public sealed class SnapshotModel(CertificationAccess access) : PageModel
{
    public DossierSnapshot Snapshot { get; private set; } = null!;
    public SnapshotDocument Document { get; private set; } = null!;
    public SnapshotBody Body { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var snapshot = await access.ReadableSnapshots().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (snapshot is null)
        {
            return NotFound();
        }

        Snapshot = snapshot;
        Document = SnapshotJson.Deserialize(snapshot.Json);
        Body = new SnapshotBody(Document, f => Url.Page("/Certification/SnapshotDownload", new { id, what = "fichier-" + f.Number }));
        return Page();
    }
}
