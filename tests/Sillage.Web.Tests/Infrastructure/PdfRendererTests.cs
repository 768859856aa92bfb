using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sillage.Web.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>The shared Chromium behind every PDF: paper, tagging, reuse, recovery after a crash, bad paths, and a
/// print that loads nothing but what Sillage hands it.</summary>
public sealed class PdfRendererTests : IAsyncLifetime, IDisposable
{
    private const string Html = """
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Attestation</title></head>
        <body><h1>Attestation de PFMP</h1><p>Léa Moreau a effectué sa période chez VosRêves.</p>
        <table><tr><th>Semaine</th><th>Jours</th></tr><tr><td>1</td><td>5</td></tr></table></body></html>
        """;

    private readonly PdfRenderer _renderer = new(Options.Create(new PdfOptions()), NullLogger<PdfRenderer>.Instance);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _renderer.DisposeAsync();

    public void Dispose() => _renderer.Dispose();

    [Fact]
    public async Task A_document_without_page_size_prints_on_A4_with_its_text()
    {
        using var pdf = PdfDocument.Open(await _renderer.RenderAsync(Html));
        var page = pdf.GetPage(1);
        Assert.Equal(595, page.Width, 1.0);
        Assert.Equal(842, page.Height, 1.0);
        Assert.Contains("Léa Moreau a effectué sa période chez VosRêves.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_css_page_size_wins()
    {
        var landscape = Html.Replace("</head>", "<style>@page { size: A4 landscape; }</style></head>", StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(await _renderer.RenderAsync(landscape));
        Assert.Equal(842, pdf.GetPage(1).Width, 1.0);
    }

    [Fact]
    public async Task Tagged_by_default_untagged_on_request()
    {
        var tagged = Encoding.Latin1.GetString(await _renderer.RenderAsync(Html));
        var untagged = Encoding.Latin1.GetString(await _renderer.RenderAsync(Html, tagged: false));
        Assert.Contains("/StructTreeRoot", tagged, StringComparison.Ordinal);
        Assert.DoesNotContain("/StructTreeRoot", untagged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_browser_serves_every_print_and_a_crashed_one_is_replaced()
    {
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _renderer.RenderAsync(Html)));
        var first = _renderer.Browser;
        Assert.NotNull(first);
        await _renderer.RenderAsync(Html);
        Assert.Same(first, _renderer.Browser);

        first.Process.Kill(entireProcessTree: true);
        await first.Process.WaitForExitAsync();
        using var pdf = PdfDocument.Open(await _renderer.RenderAsync(Html));
        Assert.Contains("VosRêves", pdf.GetPage(1).Text, StringComparison.Ordinal);
        Assert.NotSame(first, _renderer.Browser);
    }

    [Fact]
    public async Task Printing_reaches_no_address_a_document_names()
    {
        using var trap = new LoopbackTrap();
        var html = $$"""
            <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Piège</title>
            <link rel="stylesheet" href="{{trap.Url("style.css")}}"><link rel="preconnect" href="{{trap.Url("")}}">
            <link rel="prefetch" href="{{trap.Url("prefetch")}}"><link rel="icon" href="{{trap.Url("favicon.ico")}}">
            <style>@import url("{{trap.Url("import.css")}}"); body { background: url("{{trap.Url("background.png")}}"); }
            @font-face { font-family: Piege; src: url("{{trap.Url("font.woff")}}"); } h2 { font-family: Piege; }</style>
            <meta http-equiv="refresh" content="0;url={{trap.Url("refresh")}}"></head>
            <body><h1>Texte imprimé</h1><h2>Titre</h2>
            <img src="{{trap.Url("x.png")}}" alt="a"><img srcset="{{trap.Url("srcset.png")}} 1x" alt="b">
            <iframe src="{{trap.Url("frame")}}"></iframe><object data="{{trap.Url("object")}}"></object><embed src="{{trap.Url("embed")}}">
            <video poster="{{trap.Url("poster.png")}}" src="{{trap.Url("video.mp4")}}" preload="auto"></video><audio src="{{trap.Url("audio.mp3")}}" preload="auto"></audio>
            <svg width="10" height="10"><image href="{{trap.Url("svg.png")}}" width="10" height="10"/></svg>
            <script>fetch("{{trap.Url("fetch")}}"); new WebSocket("ws://127.0.0.1:{{trap.Port}}/ws"); navigator.sendBeacon("{{trap.Url("beacon")}}");</script>
            </body></html>
            """;
        using var pdf = PdfDocument.Open(await _renderer.RenderAsync(html));
        Assert.Contains("Texte imprimé", pdf.GetPage(1).Text, StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.Equal(0, trap.Connections);
    }

    [Fact]
    public async Task A_local_file_is_not_read()
    {
        var image = Path.Combine(Path.GetTempPath(), $"sillage-test-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(image, Sillage.Web.Pages.Portfolio.DemoImage.Png(120, 80));
        try
        {
            var html = Html.Replace("</body>", $"<img src=\"{new Uri(image).AbsoluteUri}\" alt=\"local\"><img src=\"{image}\" alt=\"path\"></body>", StringComparison.Ordinal);
            using var pdf = PdfDocument.Open(await _renderer.RenderAsync(html));
            Assert.DoesNotContain(pdf.GetPage(1).GetImages(), i => i.WidthInSamples == 120);
        }
        finally
        {
            File.Delete(image);
        }
    }

    [Fact]
    public async Task The_print_shows_data_images_and_the_files_its_caller_hands_it_and_nothing_else()
    {
        var png = Sillage.Web.Pages.Portfolio.DemoImage.Png(120, 80);
        var asked = new System.Collections.Concurrent.ConcurrentBag<string>();
        PrintFiles files = (path, _) =>
        {
            asked.Add(path);
            return Task.FromResult(path == "/dossier/pieces/image" ? new PrintFile(png, "image/png") : null);
        };
        var html = Html.Replace("</body>", $"""
            <img src="/dossier/pieces/image" alt="servie"><img src="data:image/png;base64,{Convert.ToBase64String(png)}" alt="data">
            <img src="/autre" alt="inconnue"><img src="https://example.org/dossier/pieces/image" alt="ailleurs"></body>
            """, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(await _renderer.RenderAsync(html, tagged: true, files));
        // The refused images print as Chromium's small "broken image" icon.
        Assert.Equal(2, pdf.GetPage(1).GetImages().Count(i => i.WidthInSamples == 120));
        Assert.Contains("/autre", asked);
        Assert.Contains("/dossier/pieces/image", asked);
        Assert.DoesNotContain(asked, p => p.Contains("example.org", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_script_runs_in_a_printed_document()
    {
        var html = Html.Replace("</body>", "<script>document.body.append('SCRIPT-RAN')</script><img src=\"data:,\" onerror=\"document.body.append('HANDLER-RAN')\"></body>", StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(await _renderer.RenderAsync(html));
        var text = pdf.GetPage(1).Text;
        Assert.Contains("VosRêves", text, StringComparison.Ordinal);
        Assert.DoesNotContain("RAN", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_chromium_is_named()
    {
        await using var renderer = new PdfRenderer(Options.Create(new PdfOptions { ChromiumPath = "/nonexistent/chromium" }), NullLogger<PdfRenderer>.Instance);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => renderer.RenderAsync(Html));
        Assert.Contains("/nonexistent/chromium", error.Message, StringComparison.Ordinal);
    }
}
