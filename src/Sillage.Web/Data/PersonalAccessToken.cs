namespace Sillage.Web.Data;

/// <summary>
/// A personal access token to the public API (<c>/api/v1</c>), created by its person on their account page. Only the
/// SHA-256 of the token is kept: the token itself is shown once. It always expires, may be revoked, and grants no more
/// than its person may do on the pages — read only, or read and write.
/// </summary>
public class PersonalAccessToken
{
    public const int MaxNameLength = 80;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public required string Name { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole token.</summary>
    public required string Hash { get; set; }

    /// <summary>The token's first characters ("sil_AbCd"), so that its person recognises it in the list.</summary>
    public required string Hint { get; set; }
    public bool CanWrite { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }

    public bool IsActive(DateTime now) => RevokedAt is null && ExpiresAt > now;
}
