using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.Situations;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Tests.Pages.Situations;

/// <summary>A situation's Markdown documents read in the page (<c>/situations/{id}/documents/{documentId}/lire</c>), for
/// whoever may download them, rendered safely; the download stays.</summary>
public sealed class SituationDocumentReadingTests(SillageApp app) : IClassFixture<SillageApp>
{
    private Task<Guid> SituationAsync(string code) => app.WithDbAsync(db => db.Situations.Where(s => s.Code == code).Select(s => s.Id).SingleAsync());

    /// <summary>Attaches a document with this content to the situation, as an upload would; returns its id.</summary>
    private async Task<Guid> AttachAsync(Guid situation, string fileName, string content)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var key = $"tests/{Guid.NewGuid():N}";
        await scope.ServiceProvider.GetRequiredService<IFileStore>().SaveAsync(key, new MemoryStream(Encoding.UTF8.GetBytes(content)), "text/plain");
        var db = scope.ServiceProvider.GetRequiredService<Sillage.Web.Data.SillageDb>();
        var document = new SituationDocument { SituationId = situation, Title = "Document " + fileName, FileName = fileName, ContentType = "text/plain", FileKey = key, Size = content.Length, UploadedAt = DateTime.UtcNow, SortOrder = 99 };
        db.SituationDocuments.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }

    [Fact]
    public async Task A_learner_reads_a_shipped_document_of_an_assigned_situation_in_the_page_and_can_still_download_it()
    {
        var s1 = await SituationAsync("vosreves-situation-1");
        var charte = await app.WithDbAsync(db => db.SituationDocuments.Where(d => d.SituationId == s1 && d.Title == "Charte graphique").Select(d => d.Id).SingleAsync());
        var learner = await app.SignInAsync(Accounts.Learner);

        var situation = await learner.GetPageAsync($"/situations/{s1}");
        Assert.NotNull(situation.Find($"a[href='/situations/{s1}/documents/{charte}/lire']"));
        var page = await learner.GetPageAsync($"/situations/{s1}/documents/{charte}/lire");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("VosRêves — Charte graphique", page.Find("#document-text h1")!.TextContent.Trim());
        Assert.Equal($"/situations/{s1}/documents/{charte}", page.Find("#document-download")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await learner.GetAsync($"/situations/{s1}/documents/{charte}")).StatusCode);
    }

    [Fact]
    public async Task Nobody_reads_a_document_they_may_not_download()
    {
        var s2 = await SituationAsync("vosreves-situation-2");
        var document = await app.WithDbAsync(db => db.SituationDocuments.Where(d => d.SituationId == s2).OrderBy(d => d.SortOrder).Select(d => d.Id).FirstAsync());

        // Situation 2 is group B's: this learner is in group A.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(Accounts.Learner)).GetAsync($"/situations/{s2}/documents/{document}/lire")).StatusCode);
        var s1 = await SituationAsync("vosreves-situation-1");
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(Accounts.Teacher)).GetAsync($"/situations/{s1}/documents/{document}/lire")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync(Accounts.Teacher)).GetAsync($"/situations/{s2}/documents/{document}/lire")).StatusCode);
    }

    [Fact]
    public async Task Raw_html_and_images_from_elsewhere_are_not_rendered_and_another_kind_of_file_is_offered_for_download()
    {
        var s1 = await SituationAsync("vosreves-situation-1");
        var markdown = await AttachAsync(s1, "piege.md", "# Titre\n\n<script>alert('x')</script>\n\n<img src=\"https://tracker.example/a.png\">\n\n![logo](https://tracker.example/logo.png)\n");
        var text = await AttachAsync(s1, "notes.txt", "Des notes.");
        var teacher = await app.SignInAsync(Accounts.Teacher);

        var page = await teacher.GetPageAsync($"/situations/{s1}/documents/{markdown}/lire");
        var rendered = page.Find("#document-text")!;
        Assert.Equal("Titre", rendered.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(rendered.QuerySelectorAll("script"));
        Assert.Empty(rendered.QuerySelectorAll("img"));
        // Raw HTML stays visible as text, never as markup.
        Assert.Contains("<script>alert('x')</script>", rendered.TextContent, StringComparison.Ordinal);

        var other = await teacher.GetPageAsync($"/situations/{s1}/documents/{text}/lire");
        Assert.Null(other.Find("#document-text"));
        Assert.NotNull(other.Find("#document-not-readable"));
        Assert.Null((await teacher.GetPageAsync($"/situations/{s1}")).Find($"a[href='/situations/{s1}/documents/{text}/lire']"));
    }
}
