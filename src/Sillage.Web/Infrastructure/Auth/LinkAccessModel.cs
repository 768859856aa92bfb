using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>
/// The access page of a link space (<see cref="LinkSessions"/>), where a tutor's or a juror's link leads. A valid link
/// shows whose access it is and a button (a mail scanner that fetches the link opens nothing); the button starts the
/// space's link session. An unknown, expired or revoked link is refused with a French explanation, as is a session
/// whose link ended since. Each space's page (anonymous) names its space, where its session starts, and what else its
/// links need; its view says it in the space's words.
/// </summary>
public abstract class LinkAccessModel<TLink>(SillageDb db, AuditLog audit, TimeProvider clock) : PageModel where TLink : class, IAccessLink
{
    public LinkSessions.AccessState Status { get; private set; }
    public string? HolderName { get; private set; }
    public DateTime? ExpiresAt { get; private set; }

    [BindProperty(SupportsGet = true, Name = LinkSessions.TokenParameter)]
    public string? Token { get; set; }

    protected SillageDb Db { get; } = db;

    protected abstract LinkSessions.Space Space { get; }

    /// <summary>The page the link session starts on.</summary>
    protected abstract string HomePage { get; }

    /// <summary>The audit action recorded when the link is used, and its details.</summary>
    protected abstract (string Action, string? Details) Used { get; }

    /// <summary>Reads what the page shows besides the holder, and says whether the link still leads somewhere beyond its
    /// own expiry and revocation: null when it does, <see cref="LinkSessions.AccessState.Unknown"/> when what it opened is
    /// gone, <see cref="LinkSessions.AccessState.Revoked"/> when its holder no longer belongs there.</summary>
    protected virtual Task<LinkSessions.AccessState?> LeadsToAsync(TLink link) => Task.FromResult<LinkSessions.AccessState?>(null);

    /// <param name="expire">Set when a link session ended (see <see cref="LinkSessions.Space.ExpiredPath"/>).</param>
    /// <param name="sortie">Set when the person left the space.</param>
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

        var holder = await Db.Users.SingleAsync(u => u.Id == link.HolderId);
        link.LastUsedAt = clock.GetUtcNow().UtcDateTime;
        await HttpContext.SignInAsync(Space.Scheme, LinkSessions.Principal(Space, link.Id, holder), new AuthenticationProperties { IsPersistent = false });
        var (action, details) = Used;
        audit.Record(action, holder.Id, details);
        await Db.SaveChangesAsync();
        return RedirectToPage(HomePage);
    }

    private PageResult Answer()
    {
        Response.StatusCode = LinkSessions.StatusCode(Status);
        return Page();
    }

    private async Task<TLink?> CheckAsync()
    {
        if (!LinkSessions.IsWellFormed(Token))
        {
            Status = LinkSessions.AccessState.Missing;
            return null;
        }

        var hash = AccessToken.Hash(Token.Trim());
        var link = await Db.Set<TLink>().SingleOrDefaultAsync(l => l.TokenHash == hash);
        var holderId = link?.HolderId;
        var holder = holderId is null ? null : await Db.Users.AsNoTracking().Where(u => u.Id == holderId)
            .Select(u => new { u.FirstName, u.LastName, u.DeactivatedAt }).SingleOrDefaultAsync();
        var leadsTo = link is null ? null : await LeadsToAsync(link);
        Status = link is null || holder is null || leadsTo == LinkSessions.AccessState.Unknown ? LinkSessions.AccessState.Unknown
            : link.RevokedAt is not null || holder.DeactivatedAt is not null || leadsTo == LinkSessions.AccessState.Revoked ? LinkSessions.AccessState.Revoked
            : !link.IsUsableAt(clock.GetUtcNow().UtcDateTime) ? LinkSessions.AccessState.Expired
            : LinkSessions.AccessState.Valid;
        HolderName = holder is null ? null : $"{holder.FirstName} {holder.LastName}";
        ExpiresAt = link?.ExpiresAt;
        return link;
    }
}
