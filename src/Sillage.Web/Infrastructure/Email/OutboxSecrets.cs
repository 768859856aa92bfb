using System.Text.RegularExpressions;

namespace Sillage.Web.Infrastructure.Email;

/// <summary>
/// The links that open something without a password — invitation and password reset (<c>t=</c>), tutor and jury
/// access (<c>jeton=</c>), any <c>token=</c> — are secrets: an e-mail body keeps them only until it is delivered.
/// <list type="bullet">
/// <item>With SMTP, the dispatcher sends the message, then replaces every such link in the stored body by
/// <see cref="Removed"/> (also when the send failed: the person is invited again rather than the link kept).</item>
/// <item>The outbox page shows bodies with these links removed, except for a message still waiting while no SMTP server
/// is configured: the administrator is then the only way the link reaches its recipient.</item>
/// </list>
/// </summary>
public static partial class OutboxSecrets
{
    public const string Removed = "[lien retiré après envoi]";

    public const string Expired = "[lien retiré : e-mail resté en attente, lien périmé]";

    public static string Redact(string body, string replacement = Removed) => SecretLink().Replace(body, replacement);

    public static bool HasSecret(string body) => SecretLink().IsMatch(body);

    /// <summary>An absolute link whose query holds one of the app's secret parameters.</summary>
    [GeneratedRegex(@"https?://[^\s?#]*\?[^\s#]*?\b(?:t|jeton|token)=[^\s]*", RegexOptions.IgnoreCase)]
    private static partial Regex SecretLink();
}
