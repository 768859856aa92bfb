using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Certification.Jury;

/// <summary>The candidate's PDF or a copied file, for a jury member of the session while it is open; named after
/// the candidate number, and masked when the session says so.</summary>
[Authorize(Policy = Policies.Jury)]
public sealed class DownloadModel(JuryAccess jury, SnapshotDownloads downloads) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string what, CancellationToken cancellationToken)
    {
        var file = await jury.CandidateAsync(id, cancellationToken);
        if (file?.Snapshot is null)
        {
            return NotFound();
        }

        if (!file.IsOpen)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return await downloads.ServeAsync(Response, file.Snapshot, what, file.Candidate, file.Masked, cancellationToken);
    }
}
