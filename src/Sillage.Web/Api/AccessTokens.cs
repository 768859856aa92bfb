using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Sillage.Web.Data;

namespace Sillage.Web.Api;

/// <summary>
/// Personal access tokens: <c>sil_</c> and 32 random bytes (base64url), recognisable by secret scanners and in logs.
/// The database keeps the SHA-256 only: a high-entropy random token needs no slow hash, and a stolen table opens
/// nothing.
/// </summary>
public static class AccessTokens
{
    public const string Prefix = "sil_";

    /// <summary>Claim put on the API principal: "read" or "write".</summary>
    public const string ScopeClaim = "sillage:scope";
    public const string ReadScope = "read";
    public const string WriteScope = "write";

    /// <summary>Claim holding the token's id, to record its last use.</summary>
    public const string TokenIdClaim = "sillage:token";

    /// <summary>A new token and the row that keeps its hash; the token is shown once and never stored.</summary>
    public static (PersonalAccessToken Row, string Token) Create(Guid userId, string name, bool canWrite, DateTime expiresAt, DateTime now)
    {
        var token = Prefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (new PersonalAccessToken
        {
            UserId = userId,
            Name = name,
            Hash = Hash(token),
            Hint = token[..8],
            CanWrite = canWrite,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        }, token);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The bearer token of the request, if it sends one that looks like ours.</summary>
    public static string? FromRequest(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
