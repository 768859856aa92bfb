using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;
using Sillage.Domain.Portfolio;
using Sillage.Web.Infrastructure.Rendering;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>
/// A trace's text as safe HTML and as a short plain-text excerpt. A version's text never changes, so both are
/// cached by trace id and version (sanitising HTML is the costliest step of the trace page and the list).
/// </summary>
public sealed class TraceRendering(MarkdownRenderer markdown, IMemoryCache cache)
{
    private const int ExcerptLength = 220;
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(20);

    public IHtmlContent Body(Trace trace) =>
        new HtmlString(cache.GetOrCreate(("trace-html", trace.Id, trace.Version), entry =>
        {
            entry.SlidingExpiration = Keep;
            var html = markdown.ToHtml(trace.Body);
            entry.Size = html.Length;
            return html;
        }));

    /// <param name="start">The beginning of the Markdown text (the list reads the first 400 characters only).</param>
    public string Excerpt(Guid traceId, int version, string start) =>
        cache.GetOrCreate(("trace-excerpt", traceId, version), entry =>
        {
            entry.SlidingExpiration = Keep;
            var text = MarkdownRenderer.ToPlainText(start).ReplaceLineEndings(" ");
            text = text.Length <= ExcerptLength ? text : text[..ExcerptLength].TrimEnd() + "…";
            entry.Size = text.Length;
            return text;
        })!;
}
