using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Pfmp.Tutor;

/// <summary>
/// The session a tutor link opens (see <see cref="LinkSessions"/>): sent only to /tuteur, accepted by the
/// tutor-space policy and no other page, closed as soon as the link expires, is revoked or the tutor's account is
/// deactivated.
/// </summary>
public static class TutorLinkAuthentication
{
    public const string LinkClaim = LinkSessions.TutorClaim;
    public const string ExpiredPath = "/tuteur/acces?expire=1";

    public static readonly LinkSessions.Space Space = new(Policies.TutorLinkScheme, LinkClaim, "sillage.tuteur", "/tuteur", ExpiredPath);

    public static IServiceCollection AddTutorLinkAuthentication(this IServiceCollection services) =>
        services.AddLinkSession(Space, async (provider, linkId) =>
        {
            var db = provider.GetRequiredService<SillageDb>();
            var now = provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            return await db.TutorLinks.AnyAsync(l => l.Id == linkId && l.RevokedAt == null && l.ExpiresAt > now
                                                     && db.Users.Any(u => u.Id == l.TutorId && u.DeactivatedAt == null));
        });

    public static ClaimsPrincipal Principal(TutorLink link, User tutor) => LinkSessions.Principal(Space, link.Id, tutor, Roles.Tutor);
}
