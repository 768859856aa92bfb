using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>The read-only view a share link opens, without an account. An unknown, revoked or expired link
/// answers 404 like any page that does not exist.</summary>
[AllowAnonymous]
public sealed class SharedModel(SillageDb db, TimeProvider clock) : PageModel
{
    public ShareLink Link { get; private set; } = null!;
    public string OwnerName { get; private set; } = "";
    public IReadOnlyList<Trace> Traces { get; private set; } = [];
    public IReadOnlyList<TraceViews.Link> Links { get; private set; } = [];
    public IReadOnlyList<Attachment> Attachments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string token)
    {
        SharedTraces.ProtectResponse(Response);
        var now = clock.GetUtcNow().UtcDateTime;
        var link = await SharedTraces.FindActiveAsync(db, token, now);
        if (link is null)
        {
            return NotFound();
        }

        link.Opened(now);
        await db.SaveChangesAsync();
        Link = link;
        OwnerName = await db.Users.Where(u => u.Id == link.OwnerId).Select(u => u.FirstName + " " + u.LastName).SingleAsync();
        Traces = await SharedTraces.TracesOf(db, link).AsNoTracking().OrderByDescending(t => t.ActivityDate).ToListAsync();
        var ids = Traces.Select(t => t.Id).ToList();
        Links = await TraceViews.LinksAsync(db, ids);
        Attachments = await db.Attachments.AsNoTracking().Where(a => ids.Contains(a.TraceId) && a.DeletedAt == null).OrderBy(a => a.UploadedAt).ToListAsync();
        return Page();
    }
}
