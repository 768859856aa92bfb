namespace Sillage.Web.Infrastructure.Web;

/// <summary>
/// The address people reach Sillage at (<c>App:PublicUrl</c>, e.g. <c>https://sillage.example.fr</c>, possibly with a
/// path base). Every absolute URL the app writes — in e-mails, on screen to be copied, in exports, PDFs and calendars —
/// is built here, never from the request: its Host header is whatever the client sends, so a password-reset link built
/// from it could point to an attacker's server.
/// </summary>
public sealed class PublicAddress(Uri root, LinkGenerator links)
{
    /// <summary>Scheme, host and port, without a trailing slash: <c>https://sillage.example.fr</c>.</summary>
    public string Origin { get; } = root.GetLeftPart(UriPartial.Authority);

    /// <summary>The path the app lives under (<c>/lycee</c>), empty at the root of its host.</summary>
    public PathString PathBase { get; } = new(root.AbsolutePath.TrimEnd('/'));

    public string Host => root.Host;

    /// <summary>The app's root address, without a trailing slash: <c>https://sillage.example.fr/lycee</c>.</summary>
    public string Root => Origin + PathBase;

    /// <summary>The absolute address of a page, e.g. <c>Page("/Account/Invitation", new { u, t })</c>.</summary>
    public string Page(string page, object? values = null) =>
        Origin + (links.GetPathByPage(page, handler: null, values, PathBase) ?? throw new InvalidOperationException($"No route to the page {page}."));

    /// <summary>The absolute address of a path of the app (<c>/dossier/traces/…</c>, starting with a slash).</summary>
    public string Path(string appPath) =>
        appPath.StartsWith('/') ? Root + appPath : throw new ArgumentException($"'{appPath}' is not a path of the app.", nameof(appPath));
}
