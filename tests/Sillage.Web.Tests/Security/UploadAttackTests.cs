using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Tests.Pages.Portfolio;

namespace Sillage.Web.Tests.Security;

/// <summary>
/// Every upload form, attacked with files that lie about what they are: refused with a French message and nothing
/// stored (database and file store), or — when the content really is what its extension says — served back inert.
/// The app runs with a 1 Mo upload limit and a file store of its own (<see cref="UploadAttackApp"/>).
/// </summary>
public sealed class UploadAttackTests(UploadAttackApp app) : IClassFixture<UploadAttackApp>
{
    /// <summary>An upload form: the file field, and the title field the pages show as the file's link. A form that
    /// takes one file only (<paramref name="Once"/>: the convention scan closes the convention) is attacked with the
    /// refused files only.</summary>
    public sealed record UploadForm(string Name, string Account, string Page, string Form, string File, string? Title = null, Dictionary<string, string?>? Values = null,
        bool Once = false)
    {
        public override string ToString() => Name;
    }

    public static readonly IReadOnlyList<UploadForm> Uploads =
    [
        new("trace attachment", CorpusPlaces.Learner, "/dossier/traces/{trace}/pieces", "#upload-form", "files"),
        new("situation document", Accounts.Teacher, "/situations/{situation}", "form[action*='handler=Upload']", "Upload", "DocumentTitle"),
        new("organisation document", Accounts.Coordinator, "/organisations/{organisation}", "form[action*='handler=Upload']", "Upload", "DocumentTitle"),
        new("certification document", CorpusPlaces.Learner, "/certification/dossiers/{openDossier}/pieces", "#document-form", "file", "Document.Label",
            new() { ["Document.Kind"] = "Document" }),
        new("pfmp convention scan", Accounts.Coordinator, "/pfmp/periodes/{draftConvention}/convention", "form[action*='handler=Scan']", "scan", Once: true),
    ];

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    /// <summary>Files that must be refused: active content disguised as an image, double extensions, programs,
    /// names that climb out of a folder, a content type that lies, binary in a text file, and too large.</summary>
    public static readonly IReadOnlyList<(string Name, byte[] Content, string Type)> Refused =
    [
        ("photo.png", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1337)\"/>"), "image/png"),
        ("photo.jpg", Encoding.UTF8.GetBytes("<html><body><script>alert(1337)</script></body></html>"), "image/jpeg"),
        ("rapport.pdf.html", Encoding.UTF8.GetBytes("<script>alert(1337)</script>"), "application/pdf"),
        ("shell.php.png", Encoding.UTF8.GetBytes("<?php system($_GET['c']); ?>"), "image/png"),
        ("logo.svg", Encoding.UTF8.GetBytes("<svg onload=alert(1337)/>"), "image/svg+xml"),
        ("page.htm", Encoding.UTF8.GetBytes("<html><script>alert(1337)</script>"), "text/html"),
        ("../../../../etc/cron.d/job.sh", Encoding.UTF8.GetBytes("#!/bin/sh\nrm -rf /"), "text/plain"),
        ("..\\..\\programme.exe", "MZ\u0090\0"u8.ToArray(), "application/octet-stream"),
        ("scan.pdf", Png, "application/pdf"),
        ("notes.txt", "a\0b\0c"u8.ToArray(), "text/plain"),
        ("enorme.pdf", [.. "%PDF-1.4\n"u8, .. new byte[1024 * 1024]], "application/pdf"),
    ];

    /// <summary>Files whose first bytes match their extension although the rest is HTML: kept, never active (only an
    /// image may be shown inline).</summary>
    public static readonly IReadOnlyList<(string Name, byte[] Content, string ServedAs, bool Image)> Polyglots =
    [
        ("polyglotte-1337.pdf", Encoding.UTF8.GetBytes("%PDF-1.4\n<html><script>alert(1337)</script></html>"), "application/pdf", false),
        ("notes-1337.txt", Encoding.UTF8.GetBytes("<html><script>alert(1337)</script></html>"), "text/plain", false),
        ("image-1337.gif", Encoding.UTF8.GetBytes("GIF89a<html><script>alert(1337)</script></html>"), "image/gif", true),
    ];

    public static TheoryData<string> Forms => new(Uploads.Select(u => u.Name));

    public static TheoryData<string> RepeatedForms => new(Uploads.Where(u => !u.Once).Select(u => u.Name));

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Disguised_and_dangerous_files_are_refused_and_nothing_is_stored(string name)
    {
        var form = Uploads.Single(u => u.Name == name);
        var client = await app.SignInAsync(form.Account);
        var problems = new List<string>();
        foreach (var (file, content, type) in Refused)
        {
            var page = await client.GetPageAsync(await app.ResolveAsync(form.Page));
            var before = await StateAsync();
            var response = await client.SubmitAsync(page, form.Form, Values(form, "Document refusé"), new() { [form.File] = (file, content, type) });
            var answer = response.StatusCode == HttpStatusCode.Redirect ? await client.GetPageAsync(response.Headers.Location!.OriginalString) : await response.ToPageAsync();
            var changes = DatabaseState.Changes(before, await StateAsync());
            if ((int)response.StatusCode >= 500 || answer.Errors().Count == 0 || changes.Count > 0)
            {
                problems.Add($"{file}: {(int)response.StatusCode}, errors [{string.Join(" | ", answer.Errors())}], changes [{string.Join(", ", changes)}]");
            }
        }

        Assert.True(problems.Count == 0, $"{name}: accepted\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(RepeatedForms))]
    public async Task Files_that_pass_the_checks_are_served_back_inert(string name)
    {
        var form = Uploads.Single(u => u.Name == name);
        var client = await app.SignInAsync(form.Account);
        foreach (var (file, content, servedAs, image) in Polyglots)
        {
            var page = await client.GetPageAsync(await app.ResolveAsync(form.Page));
            var response = await client.SubmitAsync(page, form.Form, Values(form, file), new() { [form.File] = (file, content, "text/html") });
            var shown = response.StatusCode == HttpStatusCode.Redirect ? await client.GetPageAsync(response.Headers.Location!.OriginalString) : await response.ToPageAsync();
            Assert.True(shown.Errors().Count == 0, $"{name}, {file}: {string.Join(" | ", shown.Errors())}");
            if (!shown.FindAll("a").Any(a => a.TextContent.Contains(file, StringComparison.Ordinal)))
            {
                shown = await client.GetPageAsync(await app.ResolveAsync(form.Page));
            }

            var link = shown.FindAll("a").First(a => a.TextContent.Contains(file, StringComparison.Ordinal)).GetAttribute("href")!;
            var download = await client.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(servedAs, download.Content.Headers.ContentType!.MediaType);
            var disposition = download.Content.Headers.ContentDisposition!.DispositionType;
            Assert.True(disposition == "attachment" || (image && disposition == "inline"), $"{name}, {file}: {disposition}");
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Contains("sandbox", download.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("facture\u202Efdp.txt", "facturefdp.txt")]
    [InlineData("\u200Bnotes\uFEFF.txt", "notes.txt")]
    public async Task Invisible_characters_that_disguise_a_name_are_removed(string name, string kept)
    {
        var client = await app.SignInAsync(CorpusPlaces.Learner);
        var trace = await client.CreateAsync("Pièce au nom trompeur");
        var page = await client.GetPageAsync($"/dossier/traces/{trace}/pieces");
        await client.SubmitAsync(page, "#upload-form", files: new() { ["files"] = (name, "contenu"u8.ToArray(), "text/plain") });
        Assert.Equal(kept, await app.WithDbAsync(db => db.Attachments.Where(a => a.TraceId == trace).Select(a => a.FileName).SingleAsync()));
    }

    [Fact]
    public async Task A_very_long_name_is_shortened_and_kept()
    {
        var client = await app.SignInAsync(CorpusPlaces.Learner);
        var trace = await client.CreateAsync("Pièce au nom très long");
        var page = await client.GetPageAsync($"/dossier/traces/{trace}/pieces");
        var result = await client.SubmitAndFollowAsync(page, "#upload-form", files: new() { ["files"] = (new string('n', 5000) + ".txt", "contenu"u8.ToArray(), "text/plain") });
        Assert.Empty(result.Errors());
        var kept = await app.WithDbAsync(db => db.Attachments.Where(a => a.TraceId == trace).Select(a => a.FileName).SingleAsync());
        Assert.True(kept.Length <= 150 && kept.EndsWith(".txt", StringComparison.Ordinal), kept);
    }

    private static Dictionary<string, string?> Values(UploadForm form, string title)
    {
        var values = new Dictionary<string, string?>(form.Values ?? []);
        if (form.Title is not null)
        {
            values[form.Title] = title;
        }

        return values;
    }

    /// <summary>The database rows and the keys of the file store.</summary>
    private async Task<Dictionary<string, long>> StateAsync()
    {
        var state = await app.TakeAsync();
        state["file store"] = app.StoredFiles;
        return state;
    }
}

/// <summary>The app with a 1 Mo upload limit and its own file store, so that what other tests store does not count.</summary>
public sealed class UploadAttackApp : SillageApp
{
    private readonly string _files = Path.Combine(Path.GetTempPath(), "sillage-uploads-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The files in the store, half-written ones included.</summary>
    public long StoredFiles => Directory.Exists(_files) ? Directory.EnumerateFiles(_files, "*", SearchOption.AllDirectories).LongCount() : 0;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Storage:MaxUploadMegabytes", "1");
        builder.UseSetting("Storage:LocalPath", _files);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_files))
        {
            Directory.Delete(_files, recursive: true);
        }
    }
}
