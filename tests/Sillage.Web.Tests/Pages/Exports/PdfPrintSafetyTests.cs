using Microsoft.EntityFrameworkCore;
using Sillage.Web.Tests.Infrastructure;
using Sillage.Web.Tests.Pages.Portfolio;
using UglyToad.PdfPig;

namespace Sillage.Web.Tests.Pages.Exports;

/// <summary>Printing a dossier never makes the server fetch what a learner wrote (server-side request forgery): the
/// print shows the learner's own attachments and nothing from any other address.</summary>
public sealed class PdfPrintSafetyTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task A_trace_pointing_at_an_internal_address_prints_without_the_server_reaching_it()
    {
        using var trap = new LoopbackTrap();
        var learnerId = await app.UserIdAsync(Accounts.Learner);
        var image = await app.WithDbAsync(db => db.Attachments
            .Where(a => a.IsImage && a.DeletedAt == null && db.Traces.Any(t => t.Id == a.TraceId && t.LearnerId == learnerId && t.DeletedAt == null))
            .Select(a => new { a.Id, a.TraceId }).FirstAsync());
        var body = $"""
            Capture : ![ici]({trap.Url("x.png")}) et la mienne : ![capture de l'offre](/dossier/pieces/{image.Id})

            <img src="{trap.Url("raw.png")}"> <iframe src="{trap.Url("frame")}"></iframe> <img src="file:///etc/passwd">
            [un lien]({trap.Url("lien")}) ![relative](../../../../etc/passwd) ![protocole](//127.0.0.1:{trap.Port}/y.png)
            """;
        await app.WithDbAsync(db => db.Traces.Where(t => t.Id == image.TraceId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Body, body)));

        var learner = await app.SignInAsync(Accounts.Learner);
        using var pdf = PdfDocument.Open(await app.ExportAsync(learner, "Pdf"));
        await Task.Delay(300);
        Assert.Equal(0, trap.Connections);

        // The attachment's figure and the Markdown image of the same attachment are both printed.
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Capture", text, StringComparison.Ordinal);
        // Refused images print as Chromium's 14×16 "broken image" icon; the attachment's are real pictures.
        Assert.True(pdf.GetPages().Sum(p => p.GetImages().Count(i => i.WidthInSamples > 16)) >= 2, "the learner's own images are missing from the PDF");
    }
}
