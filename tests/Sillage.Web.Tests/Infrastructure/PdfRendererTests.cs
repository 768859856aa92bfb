using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sillage.Web.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>The shared Chromium behind every PDF: paper, tagging, reuse, recovery after a crash, bad paths.</summary>
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
    public async Task A_missing_chromium_is_named()
    {
        await using var renderer = new PdfRenderer(Options.Create(new PdfOptions { ChromiumPath = "/nonexistent/chromium" }), NullLogger<PdfRenderer>.Instance);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => renderer.RenderAsync(Html));
        Assert.Contains("/nonexistent/chromium", error.Message, StringComparison.Ordinal);
    }
}
