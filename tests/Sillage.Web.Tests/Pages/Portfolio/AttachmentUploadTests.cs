using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Portfolio;

/// <summary>The app with a 1 Mo upload limit, so that "too large" needs no huge test file.</summary>
public sealed class SmallUploadApp : SillageApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Storage:MaxUploadMegabytes", "1");
    }
}

public sealed class AttachmentUploadTests(SmallUploadApp app) : IClassFixture<SmallUploadApp>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private async Task<(HttpClient Client, Guid Trace, Page Result)> UploadAsync(string name, byte[] content, string type = "application/octet-stream")
    {
        var client = await app.SignInAsync(DemoSeeder.LearnerEmail(6));
        var id = await client.CreateAsync("Trace avec pièces");
        var page = await client.GetPageAsync($"/dossier/traces/{id}/pieces");
        var result = await client.SubmitAndFollowAsync(page, "#upload-form", files: new() { ["files"] = (name, content, type) });
        return (client, id, result);
    }

    [Fact]
    public async Task An_image_is_kept_previewed_inline_and_served_with_its_type()
    {
        var (client, id, result) = await UploadAsync("capture écran.png", Png, "image/png");
        Assert.Empty(result.Errors());
        var img = result.Find("img.attachment-thumb")!;
        var response = await client.GetAsync(img.GetAttribute("src"));
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Png, await response.Content.ReadAsByteArrayAsync());
        Assert.NotNull((await client.GetPageAsync($"/dossier/traces/{id}")).Find("img.attachment-preview"));
    }

    [Fact]
    public async Task A_document_downloads_under_its_original_name()
    {
        var (client, id, _) = await UploadAsync("Compte rendu réunion.txt", "Ordre du jour"u8.ToArray(), "text/plain");
        var attachment = await app.WithDbAsync(db => db.Attachments.SingleAsync(a => a.TraceId == id));
        var response = await client.GetAsync($"/dossier/pieces/{attachment.Id}");
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Compte rendu réunion.txt", response.Content.Headers.ContentDisposition.FileNameStar);
    }

    [Theory]
    [InlineData("vide.pdf", 0, "est vide")]
    [InlineData("enorme.pdf", 1024 * 1024 + 1, "dépasse la taille maximale")]
    public async Task Empty_and_oversized_files_are_refused(string name, int size, string message)
    {
        var content = new byte[size];
        if (size > 5)
        {
            "%PDF-"u8.CopyTo(content);
        }

        var (_, id, result) = await UploadAsync(name, content, "application/pdf");
        Assert.Contains(result.Errors(), e => e.Contains(message, StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.Attachments.CountAsync(a => a.TraceId == id)));
    }

    [Theory]
    [InlineData("photo.png", "ceci n'est pas une image", "ne correspond pas à son extension")]
    [InlineData("rapport.pdf", "MZ\u0090\u0000 programme", "refusé")]
    [InlineData("script.exe", "MZ", "refusé")]
    [InlineData("dessin.svg", "<svg onload=alert(1)/>", "refusé")]
    [InlineData("page.html", "<script>alert(1)</script>", "refusé")]
    [InlineData("sans-extension", "texte", "n'a pas d'extension")]
    public async Task Disguised_and_dangerous_files_are_refused(string name, string content, string message)
    {
        var (_, id, result) = await UploadAsync(name, System.Text.Encoding.Latin1.GetBytes(content));
        Assert.Contains(result.Errors(), e => e.Contains(message, StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.Attachments.CountAsync(a => a.TraceId == id)));
    }

    [Theory]
    [InlineData("../../../etc/passwd.txt", "passwd.txt")]
    [InlineData("..\\..\\Windows\\system.ini.txt", "system.ini.txt")]
    [InlineData("/tmp/absolu.txt", "absolu.txt")]
    public async Task Path_traversal_names_never_reach_the_storage_path(string name, string shown)
    {
        var (_, id, result) = await UploadAsync(name, "contenu"u8.ToArray(), "text/plain");
        Assert.Empty(result.Errors());
        var attachment = await app.WithDbAsync(db => db.Attachments.SingleAsync(a => a.TraceId == id));
        Assert.Equal(shown, attachment.FileName);
        Assert.Matches("^traces/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}$", attachment.StorageKey);
    }

    [Fact]
    public async Task Files_with_the_same_name_are_both_kept_under_distinct_names()
    {
        var (client, id, _) = await UploadAsync("notes.txt", "premier"u8.ToArray(), "text/plain");
        var page = await client.GetPageAsync($"/dossier/traces/{id}/pieces");
        await client.SubmitAsync(page, "#upload-form", files: new() { ["files"] = ("notes.txt", "second"u8.ToArray(), "text/plain") });

        var names = await app.WithDbAsync(db => db.Attachments.Where(a => a.TraceId == id).OrderBy(a => a.UploadedAt).ThenBy(a => a.FileName).Select(a => a.FileName).ToListAsync());
        Assert.Equal(["notes (2).txt", "notes.txt"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_removed_attachment_is_no_longer_served()
    {
        var (client, id, result) = await UploadAsync("a-retirer.txt", "x"u8.ToArray(), "text/plain");
        var attachment = await app.WithDbAsync(db => db.Attachments.SingleAsync(a => a.TraceId == id));
        result.FindAll("form").First(f => f.QuerySelector("input[name=attachmentId]") is not null).Id = "remove";
        await client.SubmitAsync(result, "#remove");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/dossier/pieces/{attachment.Id}")).StatusCode);
    }
}
