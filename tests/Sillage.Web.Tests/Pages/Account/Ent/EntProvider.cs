
namespace Sillage.Web.Tests.Pages.Account.Ent;

/// <summary>
/// The real OpenID provider standing in for an ENT (tools/oidc-provider, oidc-provider from npm): the one in
/// <c>SILLAGE_TEST_OIDC</c> (an issuer, what <c>scripts/oidc start</c> prints; scripts/test starts it), else one started
/// here with the same script on first use and stopped when the test run ends. Its client, accounts and password are
/// the constants below and tools/oidc-provider/accounts.json.
/// </summary>
public static class EntProvider
{
    public const string ClientId = "sillage";
    public const string ClientSecret = "sillage-test-secret";
    public const string Password = "ent-test";

    private static readonly Lazy<string> Started = new(Start);

    public static string Issuer => Started.Value;

    /// <summary>Whether the tests can have a provider: given, or Node.js here to start one. CI always has one.</summary>
    public static bool Available =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("SILLAGE_TEST_OIDC"))
        || Environment.GetEnvironmentVariable("CI") == "true"
        || (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, "node")));

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("SILLAGE_TEST_OIDC") is { Length: > 0 } given)
        {
            return given;
        }

        var directory = Path.Combine(Path.GetTempPath(), $"sillage-oidc-{Guid.NewGuid():N}");
        var issuer = ServiceScripts.Run("oidc", "start", directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => ServiceScripts.Run("oidc", "stop", directory);
        return issuer;
    }
}
