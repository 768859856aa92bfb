using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Certification.Jury;

/// <summary>
/// The session a jury link opens (see <see cref="LinkSessions"/>): sent only to /jury, accepted by the jury policy
/// and no other page, limited to the link's exam session (see <see cref="Certification.JuryAccess"/>), and closed
/// as soon as the link expires (the session's window closes), is revoked, the member is taken off the session or
/// their account is deactivated.
/// </summary>
public static class JuryLinkAuthentication
{
    public const string LinkClaim = LinkSessions.JuryClaim;

    public static readonly LinkSessions.Space Space = new(Policies.JuryLinkScheme, LinkClaim, "sillage.jury", "/jury", "/jury/acces", Roles.Jury);

    public static IServiceCollection AddJuryLinkAuthentication(this IServiceCollection services) => services.AddLinkSession(Space, Usable);

    /// <summary>Links that still open the jury space: not revoked, not expired, held by an active member still
    /// sitting in the session.</summary>
    public static IQueryable<JuryLink> Usable(SillageDb db, DateTime now) =>
        db.JuryLinks.Where(l => l.RevokedAt == null && l.ExpiresAt > now
                                && db.ExamJurors.Any(j => j.SessionId == l.SessionId && j.PersonId == l.JurorId)
                                && db.Users.Any(u => u.Id == l.JurorId && u.DeactivatedAt == null));
}
