using System.Security.Cryptography;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>The one-time token that protects the first-run setup page. It exists only while the platform
/// has no administrator, is printed in the console at start-up, and is spent by the first successful setup.</summary>
public sealed class SetupToken
{
    private string? _value;

    public bool IsActive => _value is not null;

    public string Issue()
    {
        _value = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        return _value;
    }

    public bool Matches(string? candidate) =>
        _value is not null && candidate is not null
        && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(_value), System.Text.Encoding.UTF8.GetBytes(candidate.Trim()));

    public void Spend() => _value = null;
}
