namespace Sillage.Web.Tests.Pages.Account.Ent;

/// <summary>A test against the real OpenID provider: skipped only where there is none and no Node.js to start one
/// (never in CI).</summary>
public sealed class EntFactAttribute : FactAttribute
{
    public EntFactAttribute()
    {
        if (!EntProvider.Available)
        {
            Skip = "Needs the OpenID provider: set SILLAGE_TEST_OIDC (scripts/oidc start DIR) or install Node.js.";
        }
    }
}
