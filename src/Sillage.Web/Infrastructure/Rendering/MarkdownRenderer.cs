using Ganss.Xss;
using Markdig;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.AspNetCore.Html;

namespace Sillage.Web.Infrastructure.Rendering;

/// <summary>
/// Markdown written by users (traces, feedback, situations) rendered safely: Markdig with raw HTML disabled,
/// then HtmlSanitizer on the result as a second wall (allowed tags, http/https/mailto links only: a link to
/// <c>javascript:</c>, <c>data:</c> or <c>file:</c> keeps its text and loses its target). Links open with
/// rel="noopener noreferrer nofollow". No script can come out of here.
/// <para>Images are the app's own attachments only (<see cref="AttachmentPath"/>, checked by the pages that serve them):
/// any other image becomes a plain link with its alt text, so that neither a reader's browser (the pages' CSP refuses
/// other hosts anyway) nor the server's print browser fetches an address a user wrote.</para>
/// <para>Sanitising parses the HTML again (a millisecond or more per text), and the same texts are shown again and
/// again (a frozen dossier of 300 pieces, a trace page reloaded, the PDF and the site exports): the result is kept
/// in memory, keyed by the text itself, within a bounded size. The output depends on nothing but the text.</para>
/// </summary>
public sealed class MarkdownRenderer : IDisposable
{
    /// <summary>Characters of Markdown and HTML kept, about 64 MB of memory at most.</summary>
    private const long CacheCharacters = 32 * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = CacheCharacters });

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseGridTables()
        .UseListExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public IHtmlContent Render(string? markdown) => new HtmlString(ToHtml(markdown));

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        if (_cache.TryGetValue(markdown, out string? cached))
        {
            return cached!;
        }

        var html = _sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
        _cache.Set(markdown, html, new MemoryCacheEntryOptions { Size = markdown.Length + html.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return html;
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>Plain text of the Markdown (for excerpts and search).</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pipeline).Trim();

    private const string LinkRel = "noopener noreferrer nofollow";

    /// <summary>An image from elsewhere as a link to it (text only when its address was refused).</summary>
    private static AngleSharp.Dom.INode AsLink(AngleSharp.Dom.IDocument document, AngleSharp.Dom.IElement image)
    {
        var source = image.GetAttribute("src");
        var alt = image.GetAttribute("alt");
        var text = string.IsNullOrWhiteSpace(alt) ? source ?? "" : alt;
        if (string.IsNullOrWhiteSpace(source))
        {
            return document.CreateTextNode(text);
        }

        var link = document.CreateElement("a");
        link.SetAttribute("href", source);
        link.SetAttribute("rel", LinkRel);
        link.TextContent = text;
        return link;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "ins", "mark", "sub", "sup",
                "blockquote", "code", "pre", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td",
                "input", "span", "dl", "dt", "dd",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "src", "alt", "type", "checked", "disabled", "align", "start", "class",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement anchor)
            {
                anchor.SetAttribute("rel", LinkRel);
            }
            else if (e.Node is AngleSharp.Html.Dom.IHtmlImageElement image && !AttachmentPath.TryParse(image.GetAttribute("src"), out Guid _))
            {
                e.ReplacementNodes.Add(AsLink(e.Document, image));
            }
            else if (e.Node is AngleSharp.Html.Dom.IHtmlInputElement input && input.Type != "checkbox")
            {
                input.Remove();
            }
        };
        return sanitizer;
    }
}
