using Microsoft.AspNetCore.Identity;
using Sillage.Web.Data;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>
/// The password check of a sign-in attempt that Identity would answer without hashing anything — an unknown address,
/// an account without a password yet, a locked-out account: the same hasher verifies the password against a fixed
/// hash, so that every attempt costs one verification and the answer's timing does not tell which addresses have an
/// account.
/// </summary>
public sealed class PasswordDecoy(IPasswordHasher<User> hasher)
{
    private static readonly User Nobody = new() { FirstName = "", LastName = "" };
    private static string? _hash;

    /// <summary>Whether Identity's sign-in of <paramref name="user"/> verifies a password hash: only for an account
    /// with a password, and — unless it is deactivated (its password is checked to say so) — not locked out.</summary>
    public static async Task<bool> WillHashAsync(UserManager<User> users, User? user) =>
        user is { PasswordHash: not null } && (user.DeactivatedAt is not null || !await users.IsLockedOutAsync(user));

    public void Verify(string password)
    {
        // Computed once, with the hasher's own settings (iterations, format); a race only computes it twice.
        _hash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Nobody, _hash, password);
    }
}
