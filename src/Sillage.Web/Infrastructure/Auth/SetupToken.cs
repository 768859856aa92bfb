using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>
/// The one-time token that protects the first-run setup page. It exists only while the platform has no administrator,
/// is printed in the console of the instance that issued it, and is spent by the first successful setup. It is stored
/// hashed in the database (<see cref="SetupTokenRecord"/>): behind a load balancer every instance accepts it, and the
/// conditional delete that spends it succeeds once.
/// </summary>
public sealed class SetupToken(SillageDb db, TimeProvider clock)
{
    /// <summary>A token this recent is kept at start-up (instances started together share it); an older one is replaced,
    /// so that restarting an instance prints a token again.</summary>
    public static readonly TimeSpan ReuseWindow = TimeSpan.FromMinutes(10);

    public Task<bool> IsActiveAsync(CancellationToken cancellationToken = default) => db.SetupTokens.AnyAsync(cancellationToken);

    /// <summary>Called at start-up, inside the start-up lock, while there is no administrator: the new token, or null when
    /// another instance issued one moments ago (it printed it).</summary>
    public async Task<string?> IssueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.SetupTokens.AnyAsync(t => t.IssuedAt > now - ReuseWindow, cancellationToken))
        {
            return null;
        }

        var value = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        await db.SetupTokens.ExecuteDeleteAsync(cancellationToken);
        db.SetupTokens.Add(new SetupTokenRecord { Hash = Hash(value), IssuedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return value;
    }

    public async Task<bool> MatchesAsync(string? candidate, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(candidate))
        {
            return false;
        }

        var hash = Hash(candidate.Trim());
        return await db.SetupTokens.AnyAsync(t => t.Hash == hash, cancellationToken);
    }

    /// <summary>Spends the token (in the caller's transaction): false when another request spent it first.</summary>
    public async Task<bool> SpendAsync(string candidate, CancellationToken cancellationToken = default)
    {
        var hash = Hash(candidate.Trim());
        return await db.SetupTokens.Where(t => t.Hash == hash).ExecuteDeleteAsync(cancellationToken) == 1;
    }

    /// <summary>No administrator is needed any more: whatever token is left goes.</summary>
    public Task SpendAllAsync(CancellationToken cancellationToken = default) => db.SetupTokens.ExecuteDeleteAsync(cancellationToken);

    // A random 128-bit value needs no slow hash: SHA-256 keeps the database from holding a usable token.
    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
