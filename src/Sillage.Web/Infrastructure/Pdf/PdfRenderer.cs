using Microsoft.Extensions.Options;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using Sillage.Web.Infrastructure.Observability;

namespace Sillage.Web.Infrastructure.Pdf;

/// <summary>Section <c>Pdf</c>.</summary>
public sealed class PdfOptions
{
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";
    public int TimeoutSeconds { get; set; } = 180;

    /// <summary>How many documents may print at once (each in its own tab of the shared browser).</summary>
    public int Parallelism { get; set; } = 2;
}

/// <summary>
/// Prints HTML to PDF with headless Chromium (the Debian package), the same HTML the pages show: tables stay
/// tables, the text stays text (searchable, extractable). Page headers and footers come from CSS
/// <c>@page</c> margin boxes in the document itself; the paper is the document's <c>@page size</c>, A4 otherwise.
/// <para>
/// One Chromium is started on the first print and kept (PuppeteerSharp over the DevTools protocol): starting it
/// costs 2 to 2.5 s on a small server, more than printing a short attestation. Each print gets its own private
/// browser context (no cookie or cache shared between documents) and tab; a browser that crashed or was closed is
/// started again on the next print.
/// </para>
/// <para>
/// The print loads nothing but what Sillage hands it (<see cref="PrintedDocument"/>): the document, the files its
/// caller resolves server-side, and <c>data:</c> URLs. No address a user wrote is ever fetched by the server.
/// </para>
/// </summary>
public sealed class PdfRenderer(IOptions<PdfOptions> options, ILogger<PdfRenderer> logger) : IAsyncDisposable, IDisposable
{
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--font-render-hinting=none",
        "--disable-crash-reporter", "--disable-breakpad",
        // A second wall behind request interception: what it cannot see (a <link rel=preconnect> opens a connection
        // without a request) goes to a proxy that does not exist, loopback included, and fails there.
        "--proxy-server=127.0.0.1:1", "--proxy-bypass-list=<-loopback>",
    ];

    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.Parallelism));
    private readonly SemaphoreSlim _launch = new(1, 1);
    private IBrowser? _browser;

    /// <summary>The running browser, if any (tests kill it to check that printing recovers).</summary>
    internal IBrowser? Browser => _browser;

    public Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default) => RenderAsync(html, tagged: true, files: null, cancellationToken);

    public Task<byte[]> RenderAsync(string html, bool tagged, CancellationToken cancellationToken = default) => RenderAsync(html, tagged, files: null, cancellationToken);

    /// <param name="tagged">A tagged (accessible) PDF: headings, lists and tables kept as structure for screen readers.
    /// Worth it for every document but costs about half the printing time of a long one (see docs/benchmarks.md).</param>
    /// <param name="files">The files (images) the document may show, by path; without it the document shows only
    /// <c>data:</c> images.</param>
    public async Task<byte[]> RenderAsync(string html, bool tagged, PrintFiles? files, CancellationToken cancellationToken = default)
    {
        using var print = SillageMetrics.StartPrint();
        var document = new PrintedDocument(html, files, logger);
        var timeout = TimeSpan.FromSeconds(options.Value.TimeoutSeconds);
        await _slots.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var browser = await BrowserAsync(cancellationToken);
                try
                {
                    return await PrintAsync(browser, document, tagged, timeout, cancellationToken);
                }
                catch (Exception e) when (attempt == 1 && e is TargetClosedException or ProcessException or NavigationException && !browser.IsConnected)
                {
                    // The browser died under us (killed, out of memory): start a new one and print once more.
                    logger.LogWarning(e, "Chromium was gone; starting it again");
                    await ForgetAsync(browser);
                }
            }
        }
        catch (Exception e) when (e is PuppeteerException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Chromium produced no PDF");
            throw new InvalidOperationException("The PDF could not be produced.", e);
        }
        finally
        {
            _slots.Release();
        }
    }

    private static async Task<byte[]> PrintAsync(IBrowser browser, PrintedDocument document, bool tagged, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await using var context = await browser.CreateBrowserContextAsync();
        await using var page = await context.NewPageAsync();
        var milliseconds = (int)timeout.TotalMilliseconds;
        page.DefaultTimeout = milliseconds;
        await using var cancel = cancellationToken.Register(() => _ = page.CloseAsync());
        await page.SetRequestInterceptionAsync(true);
        page.Request += (_, e) => _ = document.AnswerAsync(e.Request, cancellationToken);
        await page.GoToAsync(PrintedDocument.Address, new NavigationOptions { Timeout = milliseconds, WaitUntil = [WaitUntilNavigation.Load] });
        cancellationToken.ThrowIfCancellationRequested();
        var pdf = await page.PdfDataAsync(new PuppeteerSharp.PdfOptions
        {
            Format = PaperFormat.A4,
            PreferCSSPageSize = true,
            PrintBackground = true,
            DisplayHeaderFooter = false,
            Tagged = tagged,
            Outline = false,
            Timeout = milliseconds,
        });
        cancellationToken.ThrowIfCancellationRequested();
        return pdf;
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }

        await _launch.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true } started)
            {
                return started;
            }

            if (_browser is not null)
            {
                await ForgetAsync(_browser);
            }

            var chromium = options.Value.ChromiumPath;
            if (!File.Exists(chromium))
            {
                throw new InvalidOperationException($"Chromium not found at {chromium} (install the Debian package 'chromium' or set Pdf:ChromiumPath).");
            }

            _browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ChromiumArguments,
                Timeout = 60_000,
            });
            logger.LogInformation("Chromium started for PDF printing ({Path})", chromium);
            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    private async Task ForgetAsync(IBrowser browser)
    {
        if (ReferenceEquals(_browser, browser))
        {
            _browser = null;
        }

        try
        {
            await browser.CloseAsync();
        }
        catch (Exception e) when (e is PuppeteerException or IOException or InvalidOperationException)
        {
            // Already gone.
        }

        await browser.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is { } browser)
        {
            await ForgetAsync(browser);
        }

        _slots.Dispose();
        _launch.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
