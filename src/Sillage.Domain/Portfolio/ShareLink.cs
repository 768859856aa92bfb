using System.Security.Cryptography;

namespace Sillage.Domain.Portfolio;

/// <summary>
/// A read-only view of some of a learner's traces for someone without an account (a tutor, an employer, a
/// future school): a random token in a link, of which only the SHA-256 hash is stored. It expires, and the
/// learner can revoke it at any time. <see cref="RecipientId"/> is for sharing with a platform user later.
/// </summary>
public class ShareLink
{
    public const int MaxDays = 365;
    public const int LabelMaxLength = 150;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public required string Label { get; set; }

    /// <summary>Lowercase hex SHA-256 of the token.</summary>
    public required string TokenHash { get; set; }

    /// <summary>A platform user the share is meant for (tutors, later); null for a link anyone holding it opens.</summary>
    public Guid? RecipientId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastOpenedAt { get; set; }
    public int OpenCount { get; set; }

    public List<ShareLinkTrace> Traces { get; set; } = [];

    public bool IsActive(DateTime now) => RevokedAt is null && now < ExpiresAt;

    /// <summary>A new link and its token (to show once: it cannot be found again from the hash).</summary>
    public static (ShareLink Link, string Token) Create(Guid ownerId, string label, IEnumerable<Guid> traceIds, DateTime now, int days)
    {
        if (days is < 1 or > MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, $"A link lasts 1 to {MaxDays} days.");
        }

        var token = NewToken();
        var link = new ShareLink
        {
            OwnerId = ownerId,
            Label = label.Trim(),
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        };
        link.Traces.AddRange(traceIds.Distinct().Select(id => new ShareLinkTrace { ShareLinkId = link.Id, TraceId = id }));
        return (link, token);
    }

    public void Revoke(DateTime now) => RevokedAt ??= now;

    public void Opened(DateTime now)
    {
        LastOpenedAt = now;
        OpenCount++;
    }

    /// <summary>32 random bytes as 64 lowercase hex characters (addresses are lowercased by the app's routing).</summary>
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => AccessToken.Hash(token);

    /// <summary>Tokens are 64 lowercase hex characters: anything else is not even looked up.</summary>
    public static bool LooksLikeToken(string? token) =>
        token is { Length: 64 } && token.All(char.IsAsciiHexDigitLower);
}

public class ShareLinkTrace
{
    public Guid ShareLinkId { get; set; }
    public Guid TraceId { get; set; }
}
