using System.IO.Compression;
using System.Net;
using System.Text;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Portfolio;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Rendering;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Portfolio;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Exports;

/// <summary>
/// The dossier as a static website (the guide's "CMS, blog, site" choice): a zip of HTML pages and one CSS file,
/// no script, every link relative, so that it works opened from disk and hosted anywhere. index.html lists the
/// traces; competences.html is the coverage table; one page per trace and per compétence; attachments copied
/// under files/. Trace texts are the sanitised HTML of their Markdown, as on the trace page, with the addresses of the
/// dossier's attachments (<see cref="AttachmentPath"/>, images in the text) pointing to their copies under files/, and
/// any other such address to nothing.
/// </summary>
public sealed class SiteExport(IFileStore files, MarkdownRenderer markdown, SchoolClock clock) : IExportWriter
{
    public ExportFormat Format => ExportFormat.Site;

    public string Extension => "zip";

    public string ContentType => "application/zip";

    public async Task WriteAsync(DossierData data, Stream output, ExportProgress progress, CancellationToken cancellationToken)
    {
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var traces = data.Visible.ToList();
        var elements = data.Blocks.SelectMany(b => b.Elements).ToList();
        await AddTextAsync(zip, "style.css", Css);
        await AddTextAsync(zip, "index.html", Layout(data, "Dossier numérique", "", Index(data, traces)));
        await AddTextAsync(zip, "competences.html", Layout(data, "Compétences", "", Coverage(data, elements, "")));
        foreach (var element in elements)
        {
            var supporting = data.Supporting(element, elements);
            var body = new StringBuilder($"<h1>{E(element.Code)} — {E(element.Title)}</h1>");
            body.Append(supporting.Count == 0 ? "<p>Aucune trace ne montre encore cette compétence.</p>" : TraceList(supporting, "../"));
            await AddTextAsync(zip, $"competences/{PageName(element)}", Layout(data, element.Code, "../", body.ToString()));
        }

        var copies = traces.SelectMany(t => t.Attachments).ToDictionary(a => a.Id, JsonExport.PathOf);
        var done = 0;
        foreach (var trace in traces)
        {
            foreach (var attachment in trace.Attachments)
            {
                await using var source = await files.OpenReadAsync(attachment.StorageKey, cancellationToken);
                if (source is not null)
                {
                    await using var target = await zip.CreateEntry(JsonExport.PathOf(attachment), CompressionLevel.Fastest).OpenAsync(cancellationToken);
                    await source.CopyToAsync(target, cancellationToken);
                }
            }

            await AddTextAsync(zip, $"traces/{PageName(trace.Trace)}", Layout(data, trace.Trace.Title, "../", TracePage(trace, elements, copies)));
            await progress.TraceDoneAsync(++done, traces.Count);
        }
    }

    public static string PageName(Trace trace) => $"{ExportJob.Slug(trace.Title)}-{trace.Id.ToString("N")[^8..]}.html";

    public static string PageName(FrameworkOutline.Element element) => $"{ExportJob.Slug(element.Code)}.html";

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static async Task AddTextAsync(ZipArchive zip, string path, string content)
    {
        await using var stream = await zip.CreateEntry(path, CompressionLevel.Fastest).OpenAsync();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(content));
    }

    private static string Layout(DossierData data, string title, string root, string body) => $"""
        <!DOCTYPE html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(title)} — {E(data.Learner.FullName)}</title>
        <link rel="stylesheet" href="{root}style.css">
        </head>
        <body>
        <header><p class="site"><a href="{root}index.html">Dossier numérique de {E(data.Learner.FullName)}</a></p>
        <nav aria-label="Navigation"><a href="{root}index.html">Traces</a> · <a href="{root}competences.html">Compétences</a></nav></header>
        <main>
        {body}
        </main>
        <footer><p>Exporté de Sillage le {data.ExportedOn:dd/MM/yyyy}{(data.Framework is { } f ? $" · référentiel {E(f.Title)} ({E(f.Version)})" : "")}.</p></footer>
        </body>
        </html>
        """;

    private static string Index(DossierData data, List<DossierData.TraceData> traces) =>
        $"<h1>Dossier numérique de {E(data.Learner.FullName)}</h1><p>{traces.Count} trace(s).</p>" + TraceList(traces, "");

    private static string TraceList(IEnumerable<DossierData.TraceData> traces, string root)
    {
        var html = new StringBuilder("<table><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Trace</th><th scope=\"col\">Type</th><th scope=\"col\">Compétences</th></tr></thead><tbody>");
        foreach (var t in traces)
        {
            html.Append($"<tr><td>{t.Trace.ActivityDate:dd/MM/yyyy}</td><td><a href=\"{root}traces/{PageName(t.Trace)}\">{E(t.Trace.Title)}</a></td><td>{E(ExportText.Kind(t.Trace.Kind))}</td><td>{E(string.Join(", ", t.Links.Select(l => l.Code)))}</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Coverage(DossierData data, List<FrameworkOutline.Element> elements, string root)
    {
        if (data.Blocks.Count == 0)
        {
            return "<h1>Compétences</h1><p>Aucun référentiel.</p>";
        }

        var html = new StringBuilder("<h1>Compétences et traces</h1>");
        foreach (var block in data.Blocks)
        {
            html.Append($"<h2>{E(block.Code)} — {E(block.Title)}</h2><table><thead><tr><th scope=\"col\">Compétence</th><th scope=\"col\">Traces</th></tr></thead><tbody>");
            foreach (var element in block.Elements)
            {
                var count = data.Supporting(element, elements).Count;
                var indent = element.Kind == ElementKind.DetailedCompetence ? " class=\"detail\"" : "";
                html.Append($"<tr><th scope=\"row\"{indent}><a href=\"{root}competences/{PageName(element)}\">{E(element.Code)}</a> {E(element.Title)}</th><td>{(count == 0 ? "<span class=\"missing\">aucune</span>" : count.ToString(System.Globalization.CultureInfo.InvariantCulture))}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        return html.ToString();
    }

    private string TracePage(DossierData.TraceData trace, List<FrameworkOutline.Element> elements, Dictionary<Guid, string> copies)
    {
        // From a trace page (traces/…), the copies are one folder up; an address of a file not in the dossier (deleted, or
        // not the learner's) leads nowhere rather than to the server.
        string Html(string markdownText) => AttachmentPath.Replace(markdown.ToHtml(markdownText), id => copies.TryGetValue(id, out var path) ? "../" + path : "#");

        var t = trace.Trace;
        var html = new StringBuilder($"<article><h1>{E(t.Title)}</h1><p class=\"meta\">{E(ExportText.Kind(t.Kind))} · {t.ActivityDate:dd/MM/yyyy} · {E(ExportText.Context(t.Context))}{(t.ContextLabel is null ? "" : " — " + E(t.ContextLabel))}</p>");
        if (t.Tags.Length > 0)
        {
            html.Append($"<p class=\"tags\">Mots-clés : {E(t.Tags)}</p>");
        }

        html.Append("<div class=\"body\">").Append(Html(t.Body)).Append("</div>");
        if (trace.Links.Count > 0)
        {
            html.Append("<h2>Compétences</h2><ul>");
            foreach (var link in trace.Links)
            {
                var element = elements.FirstOrDefault(e => e.Id == link.ElementId);
                var name = element is null ? E(link.Code) : $"<a href=\"../competences/{PageName(element)}\">{E(link.Code)}</a>";
                html.Append($"<li>{name} {E(link.Title)}{(link.Justification.Length > 0 ? " : " + E(link.Justification) : "")}</li>");
            }

            html.Append("</ul>");
        }

        if (trace.Attachments.Count > 0)
        {
            html.Append("<h2>Pièces jointes</h2><ul class=\"files\">");
            foreach (var a in trace.Attachments)
            {
                var path = "../" + JsonExport.PathOf(a);
                html.Append(a.IsImage
                    ? $"<li><figure><img src=\"{path}\" alt=\"{E(a.FileName)}\"><figcaption><a href=\"{path}\">{E(a.FileName)}</a></figcaption></figure></li>"
                    : $"<li><a href=\"{path}\">{E(a.FileName)}</a></li>");
            }

            html.Append("</ul>");
        }

        if (trace.Feedback.Count > 0)
        {
            html.Append("<h2>Retours</h2>");
            foreach (var c in trace.Feedback)
            {
                html.Append($"<blockquote class=\"{(c.Comment.ParentId is null ? "thread" : "reply")}\"><p class=\"meta\">{E(c.AuthorName)} · {clock.ToSchoolDate(c.Comment.CreatedAt):dd/MM/yyyy}</p>{Html(c.Comment.Body)}</blockquote>");
            }
        }

        return html.Append("</article>").ToString();
    }

    private const string Css = """
        body { font-family: system-ui, sans-serif; line-height: 1.5; color: #212529; margin: 0; }
        header, main, footer { max-width: 60rem; margin: 0 auto; padding: 1rem; }
        header { border-bottom: 1px solid #dee2e6; }
        .site { font-weight: 600; margin: 0; }
        a { color: #0a58ca; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
        th, td { border: 1px solid #dee2e6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
        th.detail { padding-left: 1.5rem; font-weight: normal; }
        .missing { color: #842029; }
        .meta { color: #495057; font-size: .9rem; }
        img { max-width: 100%; height: auto; }
        ul.files { list-style: none; padding: 0; }
        blockquote { border-left: 4px solid #ced4da; margin: 0 0 1rem; padding-left: 1rem; }
        blockquote.reply { margin-left: 2rem; }
        footer { color: #495057; font-size: .85rem; border-top: 1px solid #dee2e6; }
        @media print { header nav { display: none; } }
        """;
}
