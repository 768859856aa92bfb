using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>An attachment of a trace a share link shares, while the link is active.</summary>
[AllowAnonymous]
public sealed class SharedDownloadModel(SillageDb db, TraceAttachments attachments, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string token, Guid id, CancellationToken cancellationToken)
    {
        SharedTraces.ProtectResponse(Response);
        var link = await SharedTraces.FindActiveAsync(db, token, clock.GetUtcNow().UtcDateTime);
        if (link is null)
        {
            return NotFound();
        }

        var shared = SharedTraces.TracesOf(db, link).Select(t => t.Id);
        var attachment = await db.Attachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == id && a.DeletedAt == null && shared.Contains(a.TraceId), cancellationToken);
        return attachment is null ? NotFound() : await attachments.ServeAsync(attachment, Response, cancellationToken);
    }
}
