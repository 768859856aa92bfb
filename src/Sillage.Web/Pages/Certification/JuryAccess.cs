using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Certification.Jury;

namespace Sillage.Web.Pages.Certification;

/// <summary>
/// What a jury member reads: only the candidates of the sessions they are assigned to, only their frozen snapshot
/// for the session's bloc, and only while the session is open. A candidate of another session answers 404; a
/// candidate of their own session outside the window answers 403 with the window's dates.
/// </summary>
public sealed class JuryAccess(SillageDb db, IHttpContextAccessor http, TimeProvider clock)
{
    /// <param name="JurorId">Who reads and grades in this session: the account's person when the account sits in
    /// it, otherwise the link's.</param>
    public sealed record CandidateFile(ExamSession Session, ExamCandidate Candidate, DossierSnapshot? Snapshot, bool IsOpen, Guid JurorId)
    {
        public bool Masked => Session.AnonymizeCandidates;
    }

    /// <summary>
    /// The two ways into the jury space, each with its own grant: a jury account reaches the sessions its person
    /// sits in; a jury link reaches its own session, while its holder sits in it. A browser may carry both cookies
    /// (the principal then merges both identities): each is checked on its own, so neither widens the other — an
    /// account, whoever's, never lifts the link's one-session limit.
    /// </summary>
    public sealed record Grants(Guid? Account, Guid? LinkPerson, Guid? LinkId)
    {
        /// <summary>The person acting in a session: the account's when the account sits in it.</summary>
        public Guid JurorIn(IReadOnlySet<Guid> accountSessions, Guid sessionId) =>
            Account is { } account && accountSessions.Contains(sessionId) ? account : LinkPerson ?? Account!.Value;
    }

    public Grants MyGrants()
    {
        var user = http.HttpContext!.User;
        var account = user.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == IdentityConstants.ApplicationScheme
                                                          && i.HasClaim(i.RoleClaimType, Roles.Jury));
        var link = user.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == Policies.JuryLinkScheme);
        return new Grants(PersonOf(account), PersonOf(link),
            Guid.TryParse(link?.FindFirst(JuryLinkAuthentication.LinkClaim)?.Value, out var linkId) ? linkId : null);
    }

    private static Guid? PersonOf(ClaimsIdentity? identity) =>
        Guid.TryParse(identity?.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;

    /// <summary>The sessions the account's person sits in, and the link's session while its holder sits in it.</summary>
    public IQueryable<ExamSession> MySessions()
    {
        var (account, linkPerson, linkId) = MyGrants();
        var byLink = db.JuryLinks.Where(l => l.Id == linkId && l.JurorId == linkPerson).Select(l => l.SessionId);
        return (account, linkId) switch
        {
            ({ } a, { }) => db.ExamSessions.Where(s => s.Jurors.Any(j => j.PersonId == a)
                                                      || (byLink.Contains(s.Id) && s.Jurors.Any(j => j.PersonId == linkPerson))),
            ({ } a, null) => db.ExamSessions.Where(s => s.Jurors.Any(j => j.PersonId == a)),
            (null, { }) => db.ExamSessions.Where(s => byLink.Contains(s.Id) && s.Jurors.Any(j => j.PersonId == linkPerson)),
            _ => db.ExamSessions.Where(_ => false),
        };
    }

    /// <summary>Of <paramref name="sessionIds"/>, those the account's person sits in (see <see cref="Grants.JurorIn"/>).</summary>
    public async Task<IReadOnlySet<Guid>> AccountSessionsAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken = default)
    {
        var account = MyGrants().Account;
        return account is null ? new HashSet<Guid>()
            : (await db.ExamJurors.Where(j => j.PersonId == account && sessionIds.Contains(j.SessionId)).Select(j => j.SessionId).ToListAsync(cancellationToken)).ToHashSet();
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
        var juror = MyGrants().JurorIn(await AccountSessionsAsync([session.Id], cancellationToken), session.Id);
        return new CandidateFile(session, candidate, snapshot, session.IsOpen(clock.GetUtcNow().UtcDateTime), juror);
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
