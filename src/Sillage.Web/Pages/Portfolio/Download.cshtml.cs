using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>An attachment of a trace the caller may read (404 otherwise, whatever the id).</summary>
[Authorize(Policy = Policies.School)]
public sealed class DownloadModel(SillageDb db, PortfolioAccess access, TraceAttachments attachments) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var readable = access.ReadableTraces().Where(t => t.DeletedAt == null).Select(t => t.Id);
        var attachment = await db.Attachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == id && a.DeletedAt == null && readable.Contains(a.TraceId), cancellationToken);
        return attachment is null ? NotFound() : await attachments.ServeAsync(attachment, Response, cancellationToken);
    }
}
