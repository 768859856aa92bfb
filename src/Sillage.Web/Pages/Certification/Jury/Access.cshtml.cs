using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Certification;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Certification.Jury;

/// <summary>
/// Where a jury link leads. A valid link shows whose access it is, for which session and until when, and a button
/// (a mail scanner that fetches the link opens nothing); the button starts a session limited to the jury pages of
/// that exam session. An unknown, expired or revoked link — or one whose holder was taken off the session — is
/// refused with a French explanation, as is a session whose link ended since.
/// </summary>
[AllowAnonymous]
public sealed class AccessModel(SillageDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    public LinkSessions.AccessState Status { get; private set; }
    public string? JurorName { get; private set; }
    public ExamSession? Session { get; private set; }
    public DateTime? ExpiresAt { get; private set; }

    [BindProperty(SupportsGet = true, Name = "jeton")]
    public string? Token { get; set; }

    /// <param name="expire">Set when a link session ended (see <see cref="JuryLinkAuthentication.ExpiredPath"/>).</param>
    /// <param name="sortie">Set when the member left the jury space.</param>
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

        var juror = await db.Users.SingleAsync(u => u.Id == link.JurorId);
        link.LastUsedAt = clock.GetUtcNow().UtcDateTime;
        await HttpContext.SignInAsync(Policies.JuryLinkScheme, JuryLinkAuthentication.Principal(link, juror), new AuthenticationProperties { IsPersistent = false });
        audit.Record("jury.link-used", juror.Id, Session!.Title);
        await db.SaveChangesAsync();
        return RedirectToPage("/Certification/Jury/Index");
    }

    private PageResult Answer()
    {
        Response.StatusCode = LinkSessions.StatusCode(Status);
        return Page();
    }

    private async Task<JuryLink?> CheckAsync()
    {
        if (!LinkSessions.IsWellFormed(Token))
        {
            Status = LinkSessions.AccessState.Missing;
            return null;
        }

        var hash = AccessToken.Hash(Token.Trim());
        var link = await db.JuryLinks.SingleOrDefaultAsync(l => l.TokenHash == hash);
        var now = clock.GetUtcNow().UtcDateTime;
        var juror = link is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == link.JurorId)
            .Select(u => new { u.FirstName, u.LastName, u.DeactivatedAt }).SingleOrDefaultAsync();
        Session = link is null ? null : await db.ExamSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == link.SessionId);
        var sits = link is not null && await db.ExamJurors.AnyAsync(j => j.SessionId == link.SessionId && j.PersonId == link.JurorId);
        Status = link is null || juror is null || Session is null ? LinkSessions.AccessState.Unknown
            : link.RevokedAt is not null || juror.DeactivatedAt is not null || !sits ? LinkSessions.AccessState.Revoked
            : !link.IsUsableAt(now) ? LinkSessions.AccessState.Expired
            : LinkSessions.AccessState.Valid;
        JurorName = juror is null ? null : $"{juror.FirstName} {juror.LastName}";
        ExpiresAt = link?.ExpiresAt;
        return link;
    }
}
