using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Certification.Ccf;

/// <summary>The evidence of a learner's épreuve: teachers add notes and files; what Sillage holds (PFMP documents,
/// weeks, snapshots) is listed without any upload; learners and the other establishment are refused.</summary>
public sealed class CcfEvidenceTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    [Fact]
    public async Task A_teacher_adds_a_note_and_a_file_the_page_lists_them_with_the_PFMP_weeks()
    {
        var learnerId = await LearnerIdAsync(DemoSeeder.LearnerEmail(1));
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync($"/certification/ccf/preuves/{learnerId}?epreuve=E2");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Find("#pfmp-weeks"));
        Assert.NotNull(page.Find("#pfmp-documents"));
        Assert.Null(page.Find("#pfmp-documents input[type=file]"));

        var empty = await (await teacher.SubmitAsync(page, "#evidence-form", new() { ["Input.Title"] = "Observation", ["Input.Text"] = "" })).ToPageAsync();
        Assert.Contains(empty.Errors(), e => e.Contains("Écrivez une note d'observation ou joignez un fichier.", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync(db => db.CcfEvidence.AnyAsync(e => e.LearnerId == learnerId)));

        page = await teacher.SubmitAndFollowAsync(page, "#evidence-form", new() { ["Input.Title"] = "Grille de projet", ["Input.Text"] = "" },
            new() { ["file"] = ("grille.pdf", Pdf, "application/pdf") });
        Assert.Contains("Élément de preuve ajouté.", page.Text, StringComparison.Ordinal);
        page = await teacher.SubmitAndFollowAsync(page, "#evidence-form", new() { ["Input.Title"] = "Observation en atelier", ["Input.Text"] = "Anime la réunion avec aisance." });
        var list = page.Find("#evidence-list")!;
        Assert.Contains("Observation en atelier", list.TextContent, StringComparison.Ordinal);
        var link = list.QuerySelectorAll("a").Single(a => a.TextContent == "grille.pdf").GetAttribute("href")!;
        var file = await teacher.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "ccf.evidence-added")));

        // The grid of an E2 situation shows the same evidence alongside.
        var candidate = await CcfGradingData.SittingAsync(app, DemoSeeder.LearnerEmail(1), "E2-A");
        var grid = await teacher.GetPageAsync($"/certification/ccf/grilles/{candidate}");
        Assert.Contains("Observation en atelier", grid.Find("#evidence-summary")!.TextContent, StringComparison.Ordinal);

        // The other establishment, a learner (even the learner concerned) cannot read the file.
        foreach (var email in new[] { Accounts.Other.Coordinator, Accounts.Other.Teacher, DemoSeeder.LearnerEmail(1) })
        {
            var client = await app.SignInAsync(email);
            Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync($"/certification/ccf/preuves/{learnerId}?epreuve=E2")).StatusCode);
        }
    }

    [Fact]
    public async Task An_evidence_file_goes_through_the_CCF_upload_a_disguised_file_is_refused_with_its_message_and_nothing_is_added()
    {
        var learnerId = await LearnerIdAsync(DemoSeeder.LearnerEmail(2));
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync($"/certification/ccf/preuves/{learnerId}?epreuve=E2");

        var refused = await (await teacher.SubmitAsync(page, "#evidence-form", new() { ["Input.Title"] = "Grille déguisée", ["Input.Text"] = "" },
            new() { ["file"] = ("grille.pdf", "MZ\0\0"u8.ToArray(), "application/pdf") })).ToPageAsync();
        Assert.Contains(refused.Errors(), e => e.Contains("Le fichier « grille.pdf » est refusé", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync(db => db.CcfEvidence.AnyAsync(e => e.LearnerId == learnerId)));

        await teacher.SubmitAndFollowAsync(page, "#evidence-form", new() { ["Input.Title"] = "Grille de formation", ["Input.Text"] = "" },
            new() { ["file"] = ("grille.pdf", Pdf, "application/pdf") });
        var key = await app.WithDbAsync(db => db.CcfFiles.Where(f => f.Kind == CcfFileKind.Evidence && db.CcfEvidence.Any(e => e.Id == f.EvidenceId && e.LearnerId == learnerId))
            .Select(f => f.FileKey).SingleAsync());
        Assert.StartsWith("ccf/evidence/", key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_PFMP_documents_held_by_Sillage_are_listed_with_their_links()
    {
        await app.WaitForJobsAsync();
        var learnerId = await app.WithDbAsync(db => db.PfmpDocuments
            .Where(d => d.Kind == Sillage.Domain.Pfmp.PfmpDocumentKind.Attestation && db.Users.Any(u => u.Id == d.LearnerId && u.Email!.EndsWith("@" + DemoSeeder.Domain)))
            .OrderBy(d => d.CreatedAt).Select(d => d.LearnerId).FirstAsync());
        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        var page = await coordinator.GetPageAsync($"/certification/ccf/preuves/{learnerId}?epreuve=E2");
        var link = page.FindAll("#pfmp-documents a").First(a => a.GetAttribute("href")!.Contains("handler=Document", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(link)).StatusCode);
    }

    private Task<Guid> LearnerIdAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}
