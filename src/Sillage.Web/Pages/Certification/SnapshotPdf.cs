using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Pdf;
using Sillage.Web.Infrastructure.Rendering;
using Sillage.Web.Pages.Portfolio;

namespace Sillage.Web.Pages.Certification;

/// <summary>
/// The PDF of a snapshot: the print view (<c>Print/Snapshot.cshtml</c>: table of contents, coverage table, every
/// piece, the fingerprint in every page's footer) printed by headless Chromium. Printed once, on first request,
/// then kept in the file store with its SHA-256 recorded, so that the same file is always served and can be checked
/// at /verifier. The jury's masked copy is kept the same way, per candidate.
/// </summary>
public sealed class SnapshotPdf(SillageDb db, IFileStore store, RazorRenderer razor, PdfRenderer pdf, IServiceProvider services)
{
    public const string ViewPath = "/Pages/Certification/Print/Snapshot.cshtml";

    public async Task<Stream> OpenAsync(DossierSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        if (snapshot.PdfStorageKey is null)
        {
            var key = $"{snapshot.StoragePrefix}/dossier-{Guid.CreateVersion7():N}.pdf";
            var document = SnapshotJson.Deserialize(snapshot.Json);
            var bytes = await RenderAsync(new SnapshotPrint(document, snapshot.Fingerprint, null), document, cancellationToken);
            await store.SaveAsync(key, new MemoryStream(bytes), "application/pdf", cancellationToken);
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

            // Two first requests at once: the first recorded PDF wins, the other copy is dropped.
            var won = await db.DossierSnapshots.Where(s => s.Id == snapshot.Id && s.PdfStorageKey == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.PdfStorageKey, key).SetProperty(s => s.PdfSha256, sha), cancellationToken);
            if (won == 0)
            {
                await store.DeleteAsync(key, cancellationToken);
            }

            snapshot.PdfStorageKey = await db.DossierSnapshots.Where(s => s.Id == snapshot.Id).Select(s => s.PdfStorageKey).SingleAsync(cancellationToken);
        }

        return await store.OpenReadAsync(snapshot.PdfStorageKey!, cancellationToken) ?? throw new InvalidOperationException("The PDF of the snapshot is missing from the file store.");
    }

    /// <summary>The copy for a masked jury: no name anywhere, candidate number instead.</summary>
    public async Task<Stream> OpenMaskedAsync(DossierSnapshot snapshot, ExamCandidate candidate, CancellationToken cancellationToken = default)
    {
        if (candidate.MaskedPdfKey is null)
        {
            var key = $"{snapshot.StoragePrefix}/candidat-{Guid.CreateVersion7():N}.pdf";
            var original = SnapshotJson.Deserialize(snapshot.Json);
            var document = SnapshotMasking.Mask(original, candidate.Number);
            var bytes = await RenderAsync(new SnapshotPrint(document, snapshot.Fingerprint, candidate.Number), original, cancellationToken);
            await store.SaveAsync(key, new MemoryStream(bytes), "application/pdf", cancellationToken);
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var won = await db.ExamCandidates.Where(c => c.Id == candidate.Id && c.MaskedPdfKey == null)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.MaskedPdfKey, key).SetProperty(c => c.MaskedPdfSha256, sha), cancellationToken);
            if (won == 0)
            {
                await store.DeleteAsync(key, cancellationToken);
            }

            candidate.MaskedPdfKey = await db.ExamCandidates.Where(c => c.Id == candidate.Id).Select(c => c.MaskedPdfKey).SingleAsync(cancellationToken);
        }

        return await store.OpenReadAsync(candidate.MaskedPdfKey!, cancellationToken) ?? throw new InvalidOperationException("The masked PDF is missing from the file store.");
    }

    /// <param name="original">The snapshot as frozen (before masking): whose images the print may show.</param>
    public async Task<byte[]> RenderAsync(SnapshotPrint print, SnapshotDocument original, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var html = await razor.RenderAsync(ViewPath, print, scope.ServiceProvider);
        var images = await ImagesAsync(original, cancellationToken);
        return await pdf.RenderAsync(html, tagged: true, (path, ct) => ImageAsync(images, path, ct), cancellationToken);
    }

    /// <summary>
    /// The images the traces' Markdown shows (<see cref="AttachmentPath"/>), found before printing: the learner's own
    /// image attachments only, never another learner's. The snapshot's frozen copy is printed when the trace's file
    /// was copied into it, the attachment's stored file otherwise.
    /// </summary>
    private async Task<Dictionary<Guid, (string Key, string ContentType)>> ImagesAsync(SnapshotDocument document, CancellationToken cancellationToken)
    {
        var ids = document.Pieces.Where(p => p.Trace is not null)
            .SelectMany(p => AttachmentPath.FindAll(p.Trace!.Body)).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new();
        }

        var learnerId = document.Learner.Id;
        var attachments = await db.Attachments.AsNoTracking()
            .Where(a => ids.Contains(a.Id) && a.IsImage && a.DeletedAt == null && db.Traces.Any(t => t.Id == a.TraceId && t.LearnerId == learnerId))
            .Select(a => new { a.Id, a.TraceId, a.FileName, a.StorageKey, a.ContentType }).ToListAsync(cancellationToken);
        return attachments.ToDictionary(a => a.Id, a =>
        {
            var copy = document.Pieces.Where(p => p.Trace?.Id == a.TraceId).SelectMany(p => p.Trace!.Attachments).FirstOrDefault(f => f.FileName == a.FileName);
            return (copy?.StorageKey ?? a.StorageKey, copy?.ContentType ?? a.ContentType);
        });
    }

    private Task<PrintFile?> ImageAsync(Dictionary<Guid, (string Key, string ContentType)> images, string path, CancellationToken cancellationToken) =>
        AttachmentPath.TryParse(path, out var id) && images.TryGetValue(id, out var image)
            ? PrintFile.ReadAsync(store, image.Key, image.ContentType, cancellationToken)
            : Task.FromResult<PrintFile?>(null);
}

/// <summary>What the print view shows: the (possibly masked) document, the fingerprint of the original snapshot,
/// and the candidate number when masked.</summary>
public sealed record SnapshotPrint(SnapshotDocument Document, string Fingerprint, string? CandidateNumber)
{
    public bool Masked => CandidateNumber is not null;
}
