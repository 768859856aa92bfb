using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Jury;

namespace Sillage.Web.Pages.Certification;

/// <summary>
/// What a jury member reads: only the candidates of the sessions they are assigned to, only their frozen snapshot
/// for the session's bloc, and only while the session is open. A candidate of another session answers 404; a
/// candidate of their own session outside the window answers 403 with the window's dates.
/// </summary>
public sealed class JuryAccess(SillageDb db, IHttpContextAccessor http, TimeProvider clock)
{
    public sealed record CandidateFile(ExamSession Session, ExamCandidate Candidate, DossierSnapshot? Snapshot, bool IsOpen)
    {
        public bool Masked => Session.AnonymizeCandidates;
    }

    /// <summary>The sessions the member sits in — only the link's session when they came in through a jury link
    /// (and have no account session besides).</summary>
    public IQueryable<ExamSession> MySessions()
    {
        var user = http.HttpContext!.User;
        var me = user.UserId();
        var sessions = db.ExamSessions.Where(s => s.Jurors.Any(j => j.PersonId == me));
        if (user.LinkId(JuryLinkAuthentication.LinkClaim) is { } linkId
            && !user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == IdentityConstants.ApplicationScheme))
        {
            sessions = sessions.Where(s => db.JuryLinks.Any(l => l.Id == linkId && l.SessionId == s.Id));
        }

        return sessions;
    }

    /// <summary>The candidate when the signed-in jury member sits in their session (open or not); null otherwise.</summary>
    public async Task<CandidateFile?> CandidateAsync(Guid candidateId, CancellationToken cancellationToken = default)
    {
        var candidate = await db.ExamCandidates.SingleOrDefaultAsync(c => c.Id == candidateId && MySessions().Any(s => s.Id == c.SessionId), cancellationToken);
        if (candidate is null)
        {
            return null;
        }

        var session = await db.ExamSessions.AsNoTracking().SingleAsync(s => s.Id == candidate.SessionId, cancellationToken);
        var snapshot = await db.DossierSnapshots.AsNoTracking()
            .Where(s => s.LearnerId == candidate.LearnerId && s.BlockId == session.BlockId && s.CohortId == session.CohortId)
            .OrderByDescending(s => s.SubmittedAt).FirstOrDefaultAsync(cancellationToken);
        return new CandidateFile(session, candidate, snapshot, session.IsOpen(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>Active people with the Jury role who can sit in a session of one of <paramref name="establishments"/>:
    /// theirs, or people of no establishment (created by the platform administrator). Id and name, by last name,
    /// except <paramref name="excluded"/>. Another establishment's jury members are never offered: they would read
    /// this establishment's candidates.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> AvailableMembersAsync(SillageDb db, IQueryable<Guid> establishments,
        IReadOnlyCollection<Guid>? excluded = null)
    {
        var juryRole = db.Roles.Where(r => r.Name == Roles.Jury).Select(r => r.Id);
        var people = db.Users.AsNoTracking().Where(u => u.DeactivatedAt == null && db.UserRoles.Any(ur => ur.UserId == u.Id && juryRole.Contains(ur.RoleId))
                                                        && (u.EstablishmentId == null || establishments.Contains(u.EstablishmentId.Value)));
        if (excluded is { Count: > 0 })
        {
            people = people.Where(u => !excluded.Contains(u.Id));
        }

        return (await people.OrderBy(u => u.LastName).Select(u => new { u.Id, Name = u.FirstName + " " + u.LastName }).ToListAsync())
            .Select(u => (u.Id, u.Name)).ToList();
    }
}
