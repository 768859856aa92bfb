using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.Certification;
using Sillage.Domain.Portfolio;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Tests.Pages.Certification;

/// <summary>Submission freezes the dossier: later edits and deletions of traces and files do not reach the snapshot;
/// its JSON and PDF verify at /verifier, a modified file does not.</summary>
public sealed class SnapshotTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task Submission_below_the_minimum_is_refused_with_what_is_missing_and_changes_nothing()
    {
        var learner = await app.SignInAsync(Accounts.OtherLearner);
        var dossier = await CertificationFlow.StartAsync(app, learner, Accounts.OtherLearner, "B3");
        await app.WithDbAsync(async db =>
        {
            var requirement = await db.SubmissionRequirements.SingleAsync(r => db.CertificationDossiers.Any(d => d.Id == dossier && d.CohortId == r.CohortId));
            requirement.MinTracesPerCompetence = 1;
            await db.SaveChangesAsync();
        });
        try
        {
            var empty = await CertificationFlow.SubmitAsync(learner, dossier);
            Assert.Contains("Le dossier est vide : ajoutez au moins une pièce.", empty.Errors());
            Assert.Contains(empty.Errors(), e => e.StartsWith("C3.1 — ", StringComparison.Ordinal) && e.EndsWith("0 trace(s) sélectionnée(s), 1 exigée(s).", StringComparison.Ordinal));
            Assert.Equal(DossierStatus.Draft, await app.WithDbAsync(db => db.CertificationDossiers.Where(d => d.Id == dossier).Select(d => d.Status).SingleAsync()));
            Assert.False(await app.WithDbAsync(db => db.DossierSnapshots.AnyAsync(s => s.DossierId == dossier)));
        }
        finally
        {
            await app.WithDbAsync(async db =>
            {
                (await db.SubmissionRequirements.SingleAsync(r => db.CertificationDossiers.Any(d => d.Id == dossier && d.CohortId == r.CohortId))).MinTracesPerCompetence = 0;
                await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task The_snapshot_does_not_change_when_its_traces_are_edited_or_deleted()
    {
        var learner = await app.SignInAsync(Accounts.Learner);
        var traces = await app.WithDbAsync(db => db.Traces.Where(t => t.LearnerId == db.Users.Single(u => u.Email == Accounts.Learner).Id && t.DeletedAt == null)
            .OrderByDescending(t => t.Attachments.Count(a => a.DeletedAt == null)).Select(t => t.Id).Take(2).ToListAsync());
        var dossier = await CertificationFlow.StartAsync(app, learner, Accounts.Learner, "B2");
        foreach (var trace in traces)
        {
            await CertificationFlow.AddTraceAsync(learner, dossier, trace);
        }

        var page = await CertificationFlow.SubmitAsync(learner, dossier);
        Assert.Empty(page.Errors());
        var before = await CertificationFlow.SnapshotAsync(app, dossier);
        Assert.Equal(SnapshotFingerprint(before.Json), before.Fingerprint);
        var document = SnapshotJson.Deserialize(before.Json);
        var withFiles = document.Pieces.First(p => p.Trace!.Attachments.Count > 0);
        var originalBody = withFiles.Trace!.Body;
        var snapshotPage = await learner.GetPageAsync($"/certification/instantanes/{before.Id}");
        var firstFile = withFiles.Trace.Attachments[0];
        var fileBefore = await learner.GetByteArrayAsync($"/certification/instantanes/{before.Id}/telecharger/fichier-{firstFile.Number}");

        // The learner edits the first trace, deletes the second, and the original files disappear from the store.
        await app.WithDbAsync(async db =>
        {
            var edited = await db.Traces.Include(t => t.Attachments).SingleAsync(t => t.Id == withFiles.Trace.Id);
            db.TraceRevisions.Add(edited.Update(edited.Content with { Body = "Texte réécrit après la soumission." }, edited.Version, edited.LearnerId, DateTime.UtcNow)!);
            foreach (var attachment in edited.Attachments)
            {
                attachment.DeletedAt = DateTime.UtcNow;
                await app.Services.GetRequiredService<IFileStore>().DeleteAsync(attachment.StorageKey);
            }

            var other = await db.Traces.SingleAsync(t => t.Id == traces.Single(id => id != edited.Id));
            other.Delete(DateTime.UtcNow);
            await db.SaveChangesAsync();
        });

        var after = await CertificationFlow.SnapshotAsync(app, dossier);
        Assert.Equal(before.Json, after.Json);
        Assert.Equal(before.Fingerprint, after.Fingerprint);
        var snapshotPageAfter = await learner.GetPageAsync($"/certification/instantanes/{before.Id}");
        Assert.Equal(snapshotPage.Find("main")!.TextContent, snapshotPageAfter.Find("main")!.TextContent);
        Assert.Contains(originalBody.Split('\n')[0].Trim('#', ' '), snapshotPageAfter.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Texte réécrit après la soumission.", snapshotPageAfter.Text, StringComparison.Ordinal);
        Assert.Equal(fileBefore, await learner.GetByteArrayAsync($"/certification/instantanes/{before.Id}/telecharger/fichier-{firstFile.Number}"));
        Assert.Equal(firstFile.Sha256, Convert.ToHexStringLower(SHA256.HashData(fileBefore)));
    }

    [Fact]
    public async Task The_fingerprint_verifies_the_json_and_the_pdf_and_rejects_a_modified_file()
    {
        var learner = await app.SignInAsync(Accounts.Learner);
        var snapshot = await app.WithDbAsync(db => db.DossierSnapshots.AsNoTracking().OrderBy(s => s.SubmittedAt).FirstAsync(s => s.LearnerId == db.Users.Single(u => u.Email == Accounts.Learner).Id));
        var json = await learner.GetByteArrayAsync($"/certification/instantanes/{snapshot.Id}/telecharger/json");
        var pdf = await learner.GetByteArrayAsync($"/certification/instantanes/{snapshot.Id}/telecharger/pdf");
        Assert.Equal(snapshot.Fingerprint, Convert.ToHexStringLower(SHA256.HashData(json)));
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        Assert.Equal(pdf, await learner.GetByteArrayAsync($"/certification/instantanes/{snapshot.Id}/telecharger/pdf"));

        // The fingerprint is printed on every page of the PDF.
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            Assert.True(document.NumberOfPages >= 2);
            Assert.All(document.GetPages(), p => Assert.Contains(snapshot.Fingerprint, p.Text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal));
        }

        var visitor = app.Anonymous();
        Assert.Contains("Authentique.", await VerifyAsync(visitor, json));
        Assert.Contains("Le fichier est le PDF produit pour ce dossier.", await VerifyAsync(visitor, pdf));
        Assert.Contains("Authentique.", await VerifyAsync(visitor, null, snapshot.Fingerprint.ToUpperInvariant()));

        var tampered = (byte[])pdf.Clone();
        tampered[tampered.Length / 2] ^= 0x01;
        var tamperedJson = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(json).Replace("\"level\":", "\"level\": ", StringComparison.Ordinal));
        foreach (var file in new[] { tampered, tamperedJson })
        {
            var answer = await VerifyAsync(visitor, file);
            Assert.Contains("Ne correspond à aucun dossier soumis.", answer);
            Assert.DoesNotContain("Authentique.", answer);
        }

        // No personal data on the public answer.
        Assert.DoesNotContain("Moreau", await VerifyAsync(visitor, json));
        var bad = await VerifyAsync(visitor, null, "pas une empreinte");
        Assert.Contains("Une empreinte SHA-256 compte 64 caractères hexadécimaux (0-9, a-f).", bad);
    }

    private static async Task<string> VerifyAsync(HttpClient client, byte[]? file, string? fingerprint = null)
    {
        var page = await client.GetPageAsync("/verifier");
        var response = await client.SubmitAsync(page, "#verify-form", new() { ["Fingerprint"] = fingerprint },
            file is null ? null : new() { ["file"] = ("dossier.bin", file, "application/octet-stream") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ToPageAsync()).Text;
    }

    private static string SnapshotFingerprint(string json) => SnapshotJson.Fingerprint(json);
}
