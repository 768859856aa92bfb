using System.Security.Cryptography;
using System.Text;

namespace Sillage.Domain;

/// <summary>
/// The secret of a link that opens a space without a password (tutor, external jury member): 256 random bits,
/// URL-safe. Only its SHA-256 is stored, so a copy of the database opens nothing.
/// </summary>
public static class AccessToken
{
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Lowercase hex SHA-256 of the token.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
