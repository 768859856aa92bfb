using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Sillage.Web.Infrastructure.Pdf;

/// <summary>Section <c>Pdf</c>.</summary>
public sealed class PdfOptions
{
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";
    public int TimeoutSeconds { get; set; } = 180;

    /// <summary>How many Chromium processes may print at once.</summary>
    public int Parallelism { get; set; } = 2;
}

/// <summary>
/// Prints HTML to PDF with headless Chromium (the Debian package), the same HTML the pages show: tables stay
/// tables, the text stays text (searchable, extractable). Page headers and footers come from CSS
/// <c>@page</c> margin boxes in the document itself.
/// </summary>
public sealed class PdfRenderer(IOptions<PdfOptions> options, ILogger<PdfRenderer> logger) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.Parallelism));

    public void Dispose() => _slots.Dispose();

    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        var folder = Directory.CreateTempSubdirectory("sillage-pdf-");
        try
        {
            var input = Path.Combine(folder.FullName, "document.html");
            var output = Path.Combine(folder.FullName, "document.pdf");
            await File.WriteAllTextAsync(input, html, cancellationToken);
            await RenderFileAsync(input, output, cancellationToken);
            return await File.ReadAllBytesAsync(output, cancellationToken);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    /// <summary>Prints an HTML file already on disk to a PDF file: the HTML may refer to images next to it (relative
    /// paths), and neither document is held in memory — for large exports.</summary>
    public async Task RenderFileAsync(string htmlPath, string pdfPath, CancellationToken cancellationToken = default)
    {
        var chromium = options.Value.ChromiumPath;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium} (install the Debian package 'chromium' or set Pdf:ChromiumPath).");
        }

        await _slots.WaitAsync(cancellationToken);
        var profile = Directory.CreateTempSubdirectory("sillage-chromium-");
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                         "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                         $"--user-data-dir={profile.FullName}", $"--print-to-pdf={pdfPath}",
                         new Uri(htmlPath).AbsoluteUri,
                     })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (!File.Exists(pdfPath))
            {
                logger.LogError("Chromium produced no PDF (exit {Code}): {Error}", process.ExitCode, await stderr);
                throw new InvalidOperationException("The PDF could not be produced.");
            }
        }
        finally
        {
            _slots.Release();
            TryDelete(profile);
        }
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; Chromium may still hold a file for a moment.
        }
    }
}
