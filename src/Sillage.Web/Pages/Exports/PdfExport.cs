using Microsoft.Extensions.Options;
using Sillage.Domain;
using Sillage.Domain.Portfolio;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Pdf;
using Sillage.Web.Infrastructure.Rendering;
using Sillage.Web.Pages.Portfolio;

namespace Sillage.Web.Pages.Exports;

/// <summary>
/// The whole dossier as a PDF: the Razor view <c>Print/Portfolio.cshtml</c> (table of contents, competence coverage
/// table, every trace with its competences, attachments listed and images shown, feedback) printed by headless
/// Chromium. The images are the attachments' own addresses (<see cref="AttachmentPath"/>), also usable in the traces'
/// Markdown; Sillage answers them itself from the file store, and only for the images of this dossier.
/// </summary>
public sealed class PdfExport(RazorRenderer razor, PdfRenderer pdf, IFileStore files, IServiceProvider services, IOptions<ExportOptions> options) : IExportWriter
{
    public ExportFormat Format => ExportFormat.Pdf;

    public string Extension => "pdf";

    public string ContentType => "application/pdf";

    /// <param name="Images">The image attachments shown, those whose file is in the store.</param>
    public sealed record Model(DossierData Data, IReadOnlySet<Guid> Images);

    public async Task WriteAsync(DossierData data, Stream output, ExportProgress progress, CancellationToken cancellationToken)
    {
        var images = new Dictionary<Guid, Attachment>();
        var traces = data.Visible.ToList();
        var done = 0;
        foreach (var trace in traces)
        {
            foreach (var image in trace.Attachments.Where(a => a.IsImage))
            {
                if (await files.ExistsAsync(image.StorageKey, cancellationToken))
                {
                    images[image.Id] = image;
                }
            }

            // Finding the images is the first half of the progress bar; printing the second.
            await progress.TraceDoneAsync(++done / 2, traces.Count);
        }

        await progress.StepAsync(50, new Message("Mise en page…"));
        var html = await razor.RenderAsync("/Pages/Exports/Print/Portfolio.cshtml", new Model(data, images.Keys.ToHashSet()), services);
        await progress.StepAsync(60, new Message("Impression du PDF…"));
        var bytes = await pdf.RenderAsync(html, tagged: traces.Count <= options.Value.TaggedPdfMaxTraces, (path, ct) => ImageAsync(images, path, ct), cancellationToken);
        await output.WriteAsync(bytes, cancellationToken);
    }

    private Task<PrintFile?> ImageAsync(Dictionary<Guid, Attachment> images, string path, CancellationToken cancellationToken) =>
        AttachmentPath.TryParse(path, out var id) && images.TryGetValue(id, out var image)
            ? PrintFile.ReadAsync(files, image.StorageKey, image.ContentType, cancellationToken)
            : Task.FromResult<PrintFile?>(null);
}
