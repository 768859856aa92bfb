using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Pfmp.Tutor;

/// <summary>
/// Where a tutor's link leads. A valid link shows whose space it opens and a button (a mail scanner that
/// fetches the link opens nothing); the button starts a session limited to the tutor space. An unknown,
/// expired or revoked link is refused with a French explanation, as is a session whose link ended since.
/// </summary>
[AllowAnonymous]
public sealed class AccessModel(SillageDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    public LinkSessions.AccessState Status { get; private set; }
    public string? TutorName { get; private set; }
    public DateTime? ExpiresAt { get; private set; }

    /// <summary>The query parameter of tutor links.</summary>
    public const string TokenParameter = "jeton";

    [BindProperty(SupportsGet = true, Name = TokenParameter)]
    public string? Token { get; set; }

    /// <param name="expire">Set when a link session ended (see <see cref="TutorLinkAuthentication.ExpiredPath"/>).</param>
    /// <param name="sortie">Set when the tutor left the space.</param>
    public async Task<IActionResult> OnGetAsync(string? expire, string? sortie)
    {
        if (Token is null && (expire is not null || sortie is not null))
        {
            Status = expire is not null ? LinkSessions.AccessState.SessionEnded : LinkSessions.AccessState.Left;
            return Page();
        }

        await CheckAsync();
        return Answer();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var link = await CheckAsync();
        if (link is null || Status != LinkSessions.AccessState.Valid)
        {
            return Answer();
        }

        var tutor = await db.Users.SingleAsync(u => u.Id == link.TutorId);
        link.LastUsedAt = clock.GetUtcNow().UtcDateTime;
        await HttpContext.SignInAsync(Policies.TutorLinkScheme, TutorLinkAuthentication.Principal(link, tutor),
            new AuthenticationProperties { IsPersistent = false });
        audit.Record("pfmp.tutor-link-used", tutor.Id);
        await db.SaveChangesAsync();
        return RedirectToPage("/Pfmp/Tutor/Index");
    }

    private PageResult Answer()
    {
        Response.StatusCode = LinkSessions.StatusCode(Status);
        return Page();
    }

    private async Task<TutorLink?> CheckAsync()
    {
        if (!LinkSessions.IsWellFormed(Token))
        {
            Status = LinkSessions.AccessState.Missing;
            return null;
        }

        var hash = TutorLink.Hash(Token.Trim());
        var link = await db.TutorLinks.SingleOrDefaultAsync(l => l.TokenHash == hash);
        var now = clock.GetUtcNow().UtcDateTime;
        var tutor = link is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == link.TutorId)
            .Select(u => new { u.FirstName, u.LastName, u.DeactivatedAt }).SingleOrDefaultAsync();
        Status = link is null || tutor is null ? LinkSessions.AccessState.Unknown
            : link.RevokedAt is not null || tutor.DeactivatedAt is not null ? LinkSessions.AccessState.Revoked
            : !link.IsUsableAt(now) ? LinkSessions.AccessState.Expired
            : LinkSessions.AccessState.Valid;
        TutorName = tutor is null ? null : $"{tutor.FirstName} {tutor.LastName}";
        ExpiresAt = link?.ExpiresAt;
        return link;
    }
}
