using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Pdf;

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
            var bytes = await RenderAsync(new SnapshotPrint(document, snapshot.Fingerprint, null), cancellationToken);
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
            var document = SnapshotMasking.Mask(SnapshotJson.Deserialize(snapshot.Json), candidate.Number);
            var bytes = await RenderAsync(new SnapshotPrint(document, snapshot.Fingerprint, candidate.Number), cancellationToken);
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

    public async Task<byte[]> RenderAsync(SnapshotPrint print, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var html = await razor.RenderAsync(ViewPath, print, scope.ServiceProvider);
        return await pdf.RenderAsync(html, cancellationToken);
    }
}

/// <summary>What the print view shows: the (possibly masked) document, the fingerprint of the original snapshot,
/// and the candidate number when masked.</summary>
public sealed record SnapshotPrint(SnapshotDocument Document, string Fingerprint, string? CandidateNumber)
{
    public bool Masked => CandidateNumber is not null;
}
