using System.Text;
using Microsoft.AspNetCore.Mvc;
using Sillage.Domain.Certification;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Certification;

/// <summary>
/// What a snapshot offers for download — "pdf", "json" or "fichier-N" (a copied file) — for the learner and staff
/// (named after the bloc) or for a jury (named after the candidate number; masked when the session says so: the
/// masked PDF, no JSON, files renamed).
/// </summary>
public sealed class SnapshotDownloads(SnapshotPdf pdf, IFileStore store, SchoolClock clock)
{
    public async Task<IActionResult> ServeAsync(HttpResponse response, DossierSnapshot snapshot, string what, ExamCandidate? candidate, bool masked, CancellationToken cancellationToken)
    {
        var stem = candidate is null ? $"dossier-{Slug(snapshot.BlockCode)}-{clock.ToSchoolDate(snapshot.SubmittedAt):yyyyMMdd}" : $"{Slug(candidate.Number)}-{Slug(snapshot.BlockCode)}";
        var document = SnapshotJson.Deserialize(snapshot.Json);
        switch (what)
        {
            case "pdf":
                var stream = masked ? await pdf.OpenMaskedAsync(snapshot, candidate!, cancellationToken) : await pdf.OpenAsync(snapshot, cancellationToken);
                return CertificationFiles.Serve(response, stream, stem + ".pdf", "application/pdf");
            case "json" when !masked:
                return CertificationFiles.Serve(response, new MemoryStream(Encoding.UTF8.GetBytes(snapshot.Json)), stem + ".json", "application/json");
        }

        if (!what.StartsWith("fichier-", StringComparison.Ordinal) || !int.TryParse(what["fichier-".Length..], out var number))
        {
            return new NotFoundResult();
        }

        var file = Files(document).FirstOrDefault(f => f.Number == number);
        if (file is null || !file.StorageKey.StartsWith(snapshot.StoragePrefix + "/", StringComparison.Ordinal))
        {
            return new NotFoundResult();
        }

        var content = await store.OpenReadAsync(file.StorageKey, cancellationToken);
        if (content is null)
        {
            return new NotFoundResult();
        }

        var name = masked ? SnapshotMasking.MaskedFileName(candidate!.Number, file.Number, file.FileName) : file.FileName;
        return CertificationFiles.Serve(response, content, name, file.ContentType);
    }

    public static IEnumerable<SnapshotDocument.FileCopy> Files(SnapshotDocument document) =>
        document.Pieces.SelectMany(p => (p.Trace?.Attachments ?? []).Concat(p.File is null ? [] : [p.File]));

    private static string Slug(string text) =>
        new(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
