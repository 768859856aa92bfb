using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Tests.Pages.Portfolio;
using UglyToad.PdfPig;

namespace Sillage.Web.Tests.Pages.Exports;

public sealed partial class SiteAndPdfExportTests(SillageApp app) : IClassFixture<SillageApp>
{
    [GeneratedRegex("(?:href|src)=\"([^\"#]+)\"")]
    private static partial Regex LinkPattern();

    [Fact]
    public async Task The_static_site_has_no_script_and_every_relative_link_resolves()
    {
        var learner = await app.SignInAsync(Accounts.Learner);
        var zip = await app.ExportAsync(learner, "Site");
        using var archive = new ZipArchive(new MemoryStream(zip));
        var names = archive.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("index.html", names);
        Assert.Contains("style.css", names);
        Assert.Contains(names, n => n.StartsWith("files/", StringComparison.Ordinal));
        var titles = await app.WithDbAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == Accounts.Learner).Select(u => u.Id).SingleAsync();
            return await db.Traces.Where(t => t.LearnerId == id && t.DeletedAt == null).Select(t => t.Title).ToListAsync();
        });
        Assert.Equal(titles.Count, names.Count(n => n.StartsWith("traces/", StringComparison.Ordinal)));

        foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".html", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var html = await reader.ReadToEndAsync();
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.False(Regex.IsMatch(html, "<[^>]+\\son[a-z]+\\s*=", RegexOptions.IgnoreCase), $"{entry.FullName} has an event handler attribute");
            var folder = Path.GetDirectoryName(entry.FullName)!.Replace('\\', '/');
            foreach (Match link in LinkPattern().Matches(html))
            {
                var target = WebUtility.HtmlDecode(link.Groups[1].Value);
                Assert.False(target.StartsWith('/') || target.Contains("://", StringComparison.Ordinal), $"{entry.FullName}: link {target} is not relative");
                var resolved = Path.GetFullPath(Path.Combine("/site", folder, target)).Replace('\\', '/')["/site/".Length..];
                Assert.True(names.Contains(resolved), $"{entry.FullName}: link {target} → {resolved} is missing from the zip");
            }
        }

        var index = Encoding.UTF8.GetString(ReadEntry(archive, "index.html"));
        Assert.All(titles, t => Assert.Contains(WebUtility.HtmlEncode(t), index, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Attachment_images_in_a_trace_text_point_to_their_copies_in_the_static_site()
    {
        var learnerId = await app.UserIdAsync(Accounts.Learner);
        var image = await app.WithDbAsync(db => db.Attachments
            .Where(a => a.IsImage && a.DeletedAt == null && db.Traces.Any(t => t.Id == a.TraceId && t.LearnerId == learnerId && t.DeletedAt == null))
            .Select(a => new { a.Id, a.TraceId, a.Extension }).FirstAsync());
        var others = await app.WithDbAsync(db => db.Attachments
            .Where(a => a.IsImage && db.Traces.Any(t => t.Id == a.TraceId && t.LearnerId != learnerId)).Select(a => a.Id).FirstAsync());
        var body = $"Ma capture : ![capture](/dossier/pieces/{image.Id}) et [le fichier](/dossier/pieces/{image.Id}) ; une autre : ![autre](/dossier/pieces/{others})";
        await app.WithDbAsync(db => db.Traces.Where(t => t.Id == image.TraceId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Body, body)));

        var learner = await app.SignInAsync(Accounts.Learner);
        using var archive = new ZipArchive(new MemoryStream(await app.ExportAsync(learner, "Site")));
        var copy = $"files/{image.Id:N}.{image.Extension.ToLowerInvariant()}";
        Assert.NotNull(archive.GetEntry(copy));
        var page = archive.Entries.Single(e => e.FullName.StartsWith("traces/", StringComparison.Ordinal) && e.FullName.EndsWith($"-{image.TraceId.ToString("N")[^8..]}.html", StringComparison.Ordinal));
        using var reader = new StreamReader(page.Open(), Encoding.UTF8);
        var html = await reader.ReadToEndAsync();
        Assert.Contains($"src=\"../{copy}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"../{copy}\"", html, StringComparison.Ordinal);
        // Nothing of the dossier points to the server any more, and another learner's file is not in the site.
        Assert.DoesNotContain("/dossier/pieces/", html, StringComparison.Ordinal);
        Assert.Null(archive.GetEntry($"files/{others:N}.png"));
    }

    [Fact]
    public async Task The_pdf_contains_every_trace_title_and_the_coverage_table()
    {
        var learner = await app.SignInAsync(Accounts.Learner);
        var pdf = await app.ExportAsync(learner, "Pdf");
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        using var document = PdfDocument.Open(pdf);
        var text = Normalize(string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
        Assert.Contains(Normalize("Sommaire"), text, StringComparison.Ordinal);
        Assert.Contains(Normalize("Couverture des compétences"), text, StringComparison.Ordinal);
        var titles = await app.WithDbAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == Accounts.Learner).Select(u => u.Id).SingleAsync();
            return await db.Traces.Where(t => t.LearnerId == id && t.DeletedAt == null).Select(t => t.Title).ToListAsync();
        });
        Assert.All(titles, t => Assert.Contains(Normalize(t), text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_learner_cannot_export_nor_download_another_learners_dossier()
    {
        var learner = await app.SignInAsync(Accounts.Learner);
        await app.ExportAsync(learner, "Json");
        var exportId = await app.WithDbAsync(db => db.PortfolioExports.Select(e => e.Id).FirstAsync());
        var owner = await app.UserIdAsync(Accounts.Learner);
        var other = await app.SignInAsync(Accounts.OtherLearner);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/dossier/exporter/{owner}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/dossier/exporter/{owner}?handler=File&id={exportId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/dossier/exporter?handler=File&id={exportId}")).StatusCode);
        var jobId = await app.WithDbAsync(db => db.PortfolioExports.Where(e => e.Id == exportId).Select(e => e.JobId).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/taches/{jobId}?handler=File")).StatusCode);

        // A teacher of the cohort exports it, and the download is audited.
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var zip = await app.ExportAsync(teacher, "Json", owner);
        Assert.NotEmpty(zip);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "export.downloaded" && e.SubjectId == owner)));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == owner && n.Url.StartsWith("/taches/"))));
    }

    private static string Normalize(string text) => new(text.Normalize(NormalizationForm.FormKC).Where(char.IsLetterOrDigit).ToArray());

    private static byte[] ReadEntry(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
