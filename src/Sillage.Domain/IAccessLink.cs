namespace Sillage.Domain;

/// <summary>
/// A link that opens a space without a password (a tutor's, an external juror's; see <see cref="AccessToken"/>): what
/// the web layer's link spaces read and write, whichever space it opens.
/// </summary>
public interface IAccessLink
{
    Guid Id { get; }

    /// <summary>The person the link opens the space for.</summary>
    Guid HolderId { get; }

    /// <summary>See <see cref="AccessToken.Hash"/>.</summary>
    string TokenHash { get; }
    DateTime ExpiresAt { get; }
    DateTime? RevokedAt { get; }
    DateTime? LastUsedAt { get; set; }

    bool IsUsableAt(DateTime now);
}
