namespace Sillage.Domain.Certification;

/// <summary>
/// A link that lets one member of an exam session's jury read that session's candidates without a password — for
/// a professional from outside the school. It lasts until the session's window closes (never longer), can be
/// revoked, and opens nothing once the member is taken off the session. Only the token's hash is stored.
/// </summary>
public class JuryLink : IAccessLink
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public Guid JurorId { get; set; }

    /// <summary>See <see cref="AccessToken.Hash"/>.</summary>
    public required string TokenHash { get; set; }
    public Guid CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }

    Guid IAccessLink.HolderId => JurorId;

    public bool IsUsableAt(DateTime now) => RevokedAt is null && now < ExpiresAt;

    /// <summary>A new link for a member of the session and its token (to send; never stored), or null when the
    /// session's window has already closed.</summary>
    public static (JuryLink Link, string Token)? Create(ExamSession session, Guid jurorId, Guid createdById, DateTime now)
    {
        if (now >= session.EndsAt)
        {
            return null;
        }

        if (session.Jurors.All(j => j.PersonId != jurorId))
        {
            throw new ArgumentException("The link's holder must sit in the session's jury.", nameof(jurorId));
        }

        var token = AccessToken.New();
        return (new JuryLink
        {
            SessionId = session.Id, JurorId = jurorId, TokenHash = AccessToken.Hash(token), CreatedById = createdById, CreatedAt = now,
            ExpiresAt = session.EndsAt,
        }, token);
    }
}
