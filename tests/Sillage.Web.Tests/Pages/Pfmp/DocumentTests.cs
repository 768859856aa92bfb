using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using UglyToad.PdfPig;

namespace Sillage.Web.Tests.Pages.Pfmp;

/// <summary>The attestation and the bilan are PDFs made from the data, filed in the learner's PFMP dossier.</summary>
public sealed class DocumentTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task The_attestation_pdf_names_the_learner_the_host_the_dates_and_the_days_done()
    {
        var hugo = await app.PeriodAsync(1);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var detail = await referent.GetPageAsync($"/pfmp/periodes/{hugo}");

        var response = await referent.SubmitAsync(detail, "form[action*='kind=Attestation']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var jobPage = response.Headers.Location!.OriginalString;
        var job = await WaitForJobAsync(Guid.Parse(jobPage[(jobPage.LastIndexOf('/') + 1)..]));
        Assert.Equal(BackgroundJobStatus.Succeeded, job.Status);

        var pdf = await (await referent.GetAsync($"/taches/{job.Id}?handler=File")).Content.ReadAsByteArrayAsync();
        var text = Text(pdf);
        Assert.Contains("Attestation de période de formation en milieu professionnel", text, StringComparison.Ordinal);
        Assert.Contains("Hugo Lefèvre", text, StringComparison.Ordinal);
        Assert.Contains("Cabinet Lemoine Conseil", text, StringComparison.Ordinal);
        Assert.Contains("SIRET 999 000 001 00019", text, StringComparison.Ordinal);
        Assert.Contains("du 05/10/2026 au 16/10/2026", text, StringComparison.Ordinal);
        Assert.Contains("10 jours effectués", text, StringComparison.Ordinal);
        Assert.Contains("Julien Morel", text, StringComparison.Ordinal);
        Assert.Contains("modèle national", text, StringComparison.Ordinal);

        // Filed in the learner's dossier, and the learner downloads the same file from their page.
        var document = await app.WithDbAsync(db => db.PfmpDocuments.AsNoTracking()
            .Where(d => d.PeriodId == hugo && d.Kind == PfmpDocumentKind.Attestation).OrderByDescending(d => d.CreatedAt).FirstAsync());
        var learner = await app.SignInAsync(Accounts.OtherLearner);
        var mine = await learner.GetPageAsync("/pfmp/mes-periodes");
        var link = mine.FindAll("a[href*='handler=Document']").First(a => a.GetAttribute("href")!.Contains(document.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal(pdf, await (await learner.GetAsync(link.GetAttribute("href"))).Content.ReadAsByteArrayAsync());

        // Nobody else's page serves it.
        var other = await app.SignInAsync(Accounts.Learner);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/pfmp/mes-periodes?handler=Document&periodId={hugo}&documentId={document.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_bilan_pdf_carries_the_tutor_appraisal()
    {
        var hugo = await app.PeriodAsync(1);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var detail = await referent.GetPageAsync($"/pfmp/periodes/{hugo}");

        var response = await referent.SubmitAsync(detail, "form[action*='kind=Bilan']");
        var location = response.Headers.Location!.OriginalString;
        var job = await WaitForJobAsync(Guid.Parse(location[(location.LastIndexOf('/') + 1)..]));

        var text = Text(await (await referent.GetAsync($"/taches/{job.Id}?handler=File")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Bilan de période de formation en milieu professionnel", text, StringComparison.Ordinal);
        Assert.Contains("Inventaire complet et bien documenté.", text, StringComparison.Ordinal);
        Assert.Contains("Acquis", text, StringComparison.Ordinal);
        Assert.Contains("Visite effectuée le", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_teacher_who_does_not_follow_the_learner_cannot_produce_documents()
    {
        var hugo = await app.PeriodAsync(1);
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var detail = await teacher.GetPageAsync($"/pfmp/periodes/{hugo}");
        Assert.Null(detail.Find("form[action*='handler=Generate']"));

        var token = detail.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await teacher.PostAsync($"/pfmp/periodes/{hugo}?handler=Generate&kind=Attestation",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    /// <summary>Words in reading order, separated by spaces.</summary>
    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    private async Task<BackgroundJob> WaitForJobAsync(Guid id)
    {
        // Chromium prints in the background; wait for the job to end (a bound on the wait, not a timing assertion).
        for (var attempt = 0; attempt < 240; attempt++)
        {
            var job = await app.WithDbAsync(db => db.BackgroundJobs.AsNoTracking().SingleAsync(j => j.Id == id));
            if (job.Status is BackgroundJobStatus.Succeeded or BackgroundJobStatus.Failed)
            {
                return job;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Job {id} did not finish.");
    }
}
