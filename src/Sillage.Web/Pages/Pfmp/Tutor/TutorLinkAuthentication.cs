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

    public static readonly LinkSessions.Space Space = new(Policies.TutorLinkScheme, LinkClaim, "sillage.tuteur", "/tuteur", "/tuteur/acces", Roles.Tutor);

    public static IServiceCollection AddTutorLinkAuthentication(this IServiceCollection services) => services.AddLinkSession(Space, Usable);

    /// <summary>Links that still open the tutor space: not revoked, not expired, held by an active tutor.</summary>
    public static IQueryable<TutorLink> Usable(SillageDb db, DateTime now) =>
        db.TutorLinks.Where(l => l.RevokedAt == null && l.ExpiresAt > now && db.Users.Any(u => u.Id == l.TutorId && u.DeactivatedAt == null));
}
