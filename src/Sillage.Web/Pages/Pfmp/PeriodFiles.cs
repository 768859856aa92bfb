using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Pages.Pfmp.Documents;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>Serving a period's files and its printable convention, for the pages of each audience (which have
/// checked that the caller reaches the period).</summary>
public static class PeriodFiles
{
    public static async Task<IActionResult> DownloadAsync(SillageDb db, IFileStore files, Guid periodId, Guid documentId)
    {
        var document = await db.PfmpDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.PeriodId == periodId);
        if (document is null || await files.OpenReadAsync(document.FileKey) is not { } stream)
        {
            return new NotFoundResult();
        }

        return new FileStreamResult(stream, document.ContentType) { FileDownloadName = document.FileName };
    }

    /// <summary>The convention as a printable page (the same view as the PDF).</summary>
    public static async Task<IActionResult> PrintConventionAsync(PfmpDocuments documents, Guid periodId)
    {
        var model = await documents.BuildAsync(periodId, Sillage.Domain.Pfmp.PfmpDocumentKind.Convention);
        return model is null
            ? new NotFoundResult()
            : new ContentResult { Content = await documents.RenderHtmlAsync(model, forPdf: false), ContentType = "text/html; charset=utf-8" };
    }
}
