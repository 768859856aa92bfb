namespace Sillage.Domain.Career;

/// <summary>
/// A link sent by e-mail to a learner who left, to record their own situation 6 or 12 months after the training
/// without an account: one learner, until it expires or is revoked; only the token's SHA-256 is stored (see
/// <see cref="AccessToken"/>).
/// </summary>
public class FollowUpLink : IAccessLink
{
    public static readonly TimeSpan MaxValidity = TimeSpan.FromDays(60);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LearnerId { get; set; }
    public required string TokenHash { get; set; }
    public Guid? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }

    Guid IAccessLink.HolderId => LearnerId;

    public bool IsUsableAt(DateTime now) => RevokedAt is null && now < ExpiresAt;

    /// <summary>A new link and its token (to send; never stored).</summary>
    public static (FollowUpLink Link, string Token) Create(Guid learnerId, Guid createdById, DateTime now, TimeSpan validity)
    {
        if (validity <= TimeSpan.Zero || validity > MaxValidity)
        {
            throw new ArgumentOutOfRangeException(nameof(validity), "A follow-up link lasts between a moment and 60 days.");
        }

        var token = AccessToken.New();
        return (new FollowUpLink { LearnerId = learnerId, TokenHash = AccessToken.Hash(token), CreatedById = createdById, CreatedAt = now, ExpiresAt = now + validity }, token);
    }
}
