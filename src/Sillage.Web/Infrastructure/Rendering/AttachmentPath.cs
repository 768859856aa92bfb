namespace Sillage.Web.Infrastructure.Rendering;

/// <summary>The app's own address of a trace's attachment (the <c>Download</c> page): the only image source that
/// Markdown shows as an image, and the one the dossier's print asks Sillage for.</summary>
public static class AttachmentPath
{
    public const string Prefix = "/dossier/pieces/";

    public static string Of(Guid id) => Prefix + id.ToString("D");

    public static bool TryParse(string? path, out Guid id)
    {
        id = Guid.Empty;
        return path is not null && path.StartsWith(Prefix, StringComparison.Ordinal) && Guid.TryParseExact(path.AsSpan(Prefix.Length), "D", out id);
    }
}
