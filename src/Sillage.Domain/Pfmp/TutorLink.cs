namespace Sillage.Domain.Pfmp;

/// <summary>
/// A link that opens the tutor space of one tutor without a password, until it expires or is revoked. The
/// token is random (256 bits) and shown once; only its SHA-256 hash is stored, so the table cannot be used to
/// forge a link.
/// </summary>
public class TutorLink : IAccessLink
{
    public static readonly TimeSpan MaxValidity = TimeSpan.FromDays(90);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TutorId { get; set; }

    /// <summary>Lowercase hex SHA-256 of the token.</summary>
    public required string TokenHash { get; set; }
    public Guid CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }

    Guid IAccessLink.HolderId => TutorId;

    public bool IsUsableAt(DateTime now) => RevokedAt is null && now < ExpiresAt;

    /// <summary>A new link and its token (to send; never stored).</summary>
    public static (TutorLink Link, string Token) Create(Guid tutorId, Guid createdById, DateTime now, TimeSpan validity)
    {
        if (validity <= TimeSpan.Zero || validity > MaxValidity)
        {
            throw new ArgumentOutOfRangeException(nameof(validity), "A tutor link lasts between a moment and 90 days.");
        }

        var token = AccessToken.New();
        return (new TutorLink { TutorId = tutorId, TokenHash = Hash(token), CreatedById = createdById, CreatedAt = now, ExpiresAt = now + validity }, token);
    }

    public static string Hash(string token) => AccessToken.Hash(token);
}
