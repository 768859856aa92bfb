using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Certification;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Security;

namespace Sillage.Web.Pages.Certification;

/// <summary>
/// Public check of a file or fingerprint against the submitted dossiers, without an account. A match says which
/// bloc and when — nothing about the person; anything else, even a file changed by one byte, matches no dossier.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Verification)]
[RequestSizeLimit(MaxBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + (1024 * 1024))]
public sealed class VerifyModel(SillageDb db, IStringLocalizer<Text> l) : PageModel
{
    public const long MaxBytes = 100L * 1024 * 1024;

    [BindProperty]
    public string? Fingerprint { get; set; }

    public Match? Result { get; private set; }
    public bool Checked { get; private set; }
    public string? CheckedFingerprint { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        string? hash;
        if (file is { Length: > 0 })
        {
            if (file.Length > MaxBytes)
            {
                ModelState.AddModelError("file", l["Le fichier dépasse 100 Mo."]);
                return Page();
            }

            await using var stream = file.OpenReadStream();
            hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        }
        else if (!string.IsNullOrWhiteSpace(Fingerprint))
        {
            hash = SnapshotJson.NormalizeFingerprint(Fingerprint);
            if (hash is null)
            {
                ModelState.AddModelError(nameof(Fingerprint), l["Une empreinte SHA-256 compte 64 caractères hexadécimaux (0-9, a-f)."]);
                return Page();
            }
        }
        else
        {
            ModelState.AddModelError("file", l["Déposez un fichier ou collez une empreinte."]);
            return Page();
        }

        Checked = true;
        CheckedFingerprint = hash;
        Result = await FindAsync(db, hash, cancellationToken);
        return Page();
    }

    public static async Task<Match?> FindAsync(SillageDb db, string hash, CancellationToken cancellationToken = default)
    {
        var snapshot = await db.DossierSnapshots.AsNoTracking()
            .Where(s => s.Fingerprint == hash || s.PdfSha256 == hash)
            .Join(db.FrameworkElements, s => s.BlockId, e => e.Id, (s, e) => new { s.Fingerprint, s.SubmittedAt, e.Code, e.Title })
            .FirstOrDefaultAsync(cancellationToken);
        if (snapshot is not null)
        {
            return new Match(snapshot.Fingerprint == hash ? MatchKind.Json : MatchKind.Pdf, snapshot.SubmittedAt, snapshot.Code, snapshot.Title, snapshot.Fingerprint);
        }

        var masked = await db.ExamCandidates.AsNoTracking().Where(c => c.MaskedPdfSha256 == hash)
            .Join(db.ExamSessions, c => c.SessionId, s => s.Id, (c, s) => new { c.LearnerId, s.BlockId })
            .Join(db.DossierSnapshots, x => new { x.LearnerId, x.BlockId }, s => new { s.LearnerId, s.BlockId }, (_, s) => s)
            .Join(db.FrameworkElements, s => s.BlockId, e => e.Id, (s, e) => new { s.Fingerprint, s.SubmittedAt, e.Code, e.Title })
            .FirstOrDefaultAsync(cancellationToken);
        return masked is null ? null : new Match(MatchKind.MaskedPdf, masked.SubmittedAt, masked.Code, masked.Title, masked.Fingerprint);
    }

    public enum MatchKind
    {
        Json,
        Pdf,
        MaskedPdf,
    }

    public sealed record Match(MatchKind Kind, DateTime SubmittedAt, string BlockCode, string BlockTitle, string Fingerprint);
}
