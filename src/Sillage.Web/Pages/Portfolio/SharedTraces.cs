using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>What a share link opens: only while it is neither revoked nor expired, only the traces it lists,
/// only those still in its owner's dossier.</summary>
public static class SharedTraces
{
    public static async Task<ShareLink?> FindActiveAsync(SillageDb db, string? token, DateTime now)
    {
        if (!ShareLink.LooksLikeToken(token))
        {
            return null;
        }

        var hash = ShareLink.Hash(token!);
        var link = await db.ShareLinks.SingleOrDefaultAsync(s => s.TokenHash == hash);
        return link is not null && link.IsActive(now) ? link : null;
    }

    public static IQueryable<Trace> TracesOf(SillageDb db, ShareLink link) =>
        db.Traces.Where(t => t.LearnerId == link.OwnerId && t.DeletedAt == null
                             && db.ShareLinkTraces.Any(s => s.ShareLinkId == link.Id && s.TraceId == t.Id));

    /// <summary>The owner's live traces in their active share links addressed to a platform user (a PFMP tutor).</summary>
    public static IQueryable<Trace> AddressedTo(SillageDb db, Guid owner, Guid recipient, DateTime now)
    {
        var links = db.ShareLinks.Where(s => s.OwnerId == owner && s.RecipientId == recipient && s.RevokedAt == null && s.ExpiresAt > now).Select(s => s.Id);
        return db.Traces.Where(t => t.LearnerId == owner && t.DeletedAt == null
                                    && db.ShareLinkTraces.Any(s => links.Contains(s.ShareLinkId) && s.TraceId == t.Id));
    }

    /// <summary>The token is in the address: no search engine keeps it, no cache stores it (the page's
    /// <c>meta name="referrer"</c> keeps it from leaking through links).</summary>
    public static void ProtectResponse(HttpResponse response)
    {
        response.OnStarting(() =>
        {
            response.Headers["X-Robots-Tag"] = "noindex, nofollow";
            response.Headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
    }
}
