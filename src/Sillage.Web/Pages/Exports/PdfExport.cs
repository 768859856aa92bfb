using Microsoft.Extensions.Options;
using Sillage.Domain.Portfolio;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Pdf;

namespace Sillage.Web.Pages.Exports;

/// <summary>
/// The whole dossier as a PDF: the Razor view <c>Print/Portfolio.cshtml</c> (table of contents, competence coverage
/// table, every trace with its competences, attachments listed and images shown, feedback) printed by headless
/// Chromium. Images are copied next to the HTML in a temporary folder and referred to by relative paths, so that
/// neither the HTML nor the PDF carries them in memory.
/// </summary>
public sealed class PdfExport(RazorRenderer razor, PdfRenderer pdf, IFileStore files, IServiceProvider services, IOptions<ExportOptions> options) : IExportWriter
{
    public ExportFormat Format => ExportFormat.Pdf;

    public string Extension => "pdf";

    public string ContentType => "application/pdf";

    public sealed record Model(DossierData Data, IReadOnlyDictionary<Guid, string> Images);

    public async Task WriteAsync(DossierData data, Stream output, ExportProgress progress, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("sillage-pdf-export-");
        try
        {
            var images = new Dictionary<Guid, string>();
            var traces = data.Visible.ToList();
            var done = 0;
            foreach (var trace in traces)
            {
                foreach (var image in trace.Attachments.Where(a => a.IsImage))
                {
                    await using var source = await files.OpenReadAsync(image.StorageKey, cancellationToken);
                    if (source is null)
                    {
                        continue;
                    }

                    var name = $"{image.Id:N}.{image.Extension.ToLowerInvariant()}";
                    await using (var target = File.Create(Path.Combine(folder.FullName, name)))
                    {
                        await source.CopyToAsync(target, cancellationToken);
                    }

                    images[image.Id] = name;
                }

                // Copying images is the first half of the progress bar; printing the second.
                await progress.TraceDoneAsync(++done / 2, traces.Count);
            }

            await progress.StepAsync(50, "Mise en page…");
            var html = await razor.RenderAsync("/Pages/Exports/Print/Portfolio.cshtml", new Model(data, images), services);
            var input = Path.Combine(folder.FullName, "dossier.html");
            await File.WriteAllTextAsync(input, html, cancellationToken);
            await progress.StepAsync(60, "Impression du PDF…");
            var result = Path.Combine(folder.FullName, "dossier.pdf");
            await pdf.RenderFileAsync(input, result, tagged: traces.Count <= options.Value.TaggedPdfMaxTraces, cancellationToken);
            await using var stream = File.OpenRead(result);
            await stream.CopyToAsync(output, cancellationToken);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Harmless leftover.
            }
        }
    }
}
