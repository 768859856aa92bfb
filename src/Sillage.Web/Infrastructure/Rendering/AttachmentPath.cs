using System.Text.RegularExpressions;

namespace Sillage.Web.Infrastructure.Rendering;

/// <summary>The app's own address of a trace's attachment (the <c>Download</c> page): the only image source that
/// Markdown shows as an image, and the one the dossier's print asks Sillage for.</summary>
public static partial class AttachmentPath
{
    public const string Prefix = "/dossier/pieces/";

    public static string Of(Guid id) => Prefix + id.ToString("D");

    public static bool TryParse(string? path, out Guid id)
    {
        id = Guid.Empty;
        return path is not null && path.StartsWith(Prefix, StringComparison.Ordinal) && Guid.TryParseExact(path.AsSpan(Prefix.Length), "D", out id);
    }

    /// <summary>The attachments a text (Markdown) names by their address.</summary>
    public static IEnumerable<Guid> FindAll(string? text) =>
        text is null ? [] : InText().Matches(text).Select(m => Guid.Parse(m.Groups[1].ValueSpan));

    /// <summary>The attachment addresses of an HTML text (quoted attribute values) replaced by what <paramref name="local"/>
    /// gives for them.</summary>
    public static string Replace(string html, Func<Guid, string> local) =>
        InAttribute().Replace(html, m => local(Guid.Parse(m.Groups[1].ValueSpan)));

    [GeneratedRegex(@"(?<="")/dossier/pieces/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?="")")]
    private static partial Regex InAttribute();

    [GeneratedRegex(@"/dossier/pieces/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})")]
    private static partial Regex InText();
}
