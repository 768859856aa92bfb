using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sillage.Web.Data;

namespace Sillage.Browser.Tests;

/// <summary>
/// A learner exports her dossier as a static website, downloads the zip once the background job is done, and the
/// site works opened from disk with scripts disabled: every trace listed, a trace page, the competences page and
/// back, all axe-clean. Set SILLAGE_SCREENSHOTS to a folder to keep a screenshot of each step.
/// </summary>
public sealed class ExportsJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Learner = "apprenant01@demo.sillage.test";

    [Fact]
    public async Task A_learner_exports_her_dossier_as_a_static_site_that_works_without_scripts()
    {
        var learner = await app.OpenAsync(Learner);
        await learner.GetByRole(AriaRole.Link, new() { Name = "Mon dossier", Exact = true }).ClickAsync();
        await learner.GetByRole(AriaRole.Link, new() { Name = "Exporter mon dossier" }).ClickAsync();
        await learner.GetByRole(AriaRole.Heading, new() { Name = "Exporter mon dossier" }).WaitForAsync();
        await CheckAsync(learner, "exports-1-page");

        var siteCard = learner.Locator("form.card").Filter(new() { Has = learner.GetByRole(AriaRole.Heading, new() { Name = "Site web statique du dossier" }) });
        await siteCard.GetByRole(AriaRole.Button, new() { Name = "Lancer l'export" }).ClickAsync();

        // The job runs in the background: its page follows the progress by itself and offers the file when ready.
        await learner.WaitForURLAsync(url => url.Contains("/taches/", StringComparison.Ordinal));
        var download = learner.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Télécharger dossier-") });
        await download.WaitForAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(learner.Locator("#job-status")).ToContainTextAsync("Export prêt");
        await CheckAsync(learner, "exports-2-ready");
        var file = await learner.RunAndWaitForDownloadAsync(() => download.ClickAsync());
        Assert.Contains("-site-", file.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith(".zip", file.SuggestedFilename, StringComparison.Ordinal);

        // The exports page lists it, ready, downloadable again.
        await learner.GotoAsync("/dossier/exporter");
        await Assertions.Expect(learner.GetByRole(AriaRole.Row).Filter(new() { HasText = "Site web" })).ToContainTextAsync("Prêt");

        var folder = Directory.CreateTempSubdirectory("sillage-site-");
        try
        {
            var zipPath = Path.Combine(folder.FullName, "site.zip");
            await file.SaveAsAsync(zipPath);
            ZipFile.ExtractToDirectory(zipPath, Path.Combine(folder.FullName, "site"));
            var index = Path.Combine(folder.FullName, "site", "index.html");
            Assert.True(File.Exists(index));
            Assert.DoesNotContain("<script", string.Concat(Directory.EnumerateFiles(Path.Combine(folder.FullName, "site"), "*.html", SearchOption.AllDirectories).Select(File.ReadAllText)),
                StringComparison.OrdinalIgnoreCase);

            var titles = await TraceTitlesAsync();
            var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "fr-FR" });
            var site = await context.NewPageAsync();
            await site.GotoAsync(new Uri(index).AbsoluteUri);
            await Assertions.Expect(site.GetByRole(AriaRole.Main)).ToContainTextAsync(titles[0]);
            foreach (var title in titles)
            {
                await Assertions.Expect(site.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).First).ToBeVisibleAsync();
            }

            await site.GetByRole(AriaRole.Link, new() { Name = titles[0], Exact = true }).First.ClickAsync();
            await Assertions.Expect(site.GetByRole(AriaRole.Heading, new() { Name = titles[0] })).ToBeVisibleAsync();
            await site.GetByRole(AriaRole.Link, new() { Name = "Compétences", Exact = true }).ClickAsync();
            await Assertions.Expect(site.GetByRole(AriaRole.Main)).ToContainTextAsync("C1.1");
            await site.GetByRole(AriaRole.Link, new() { Name = "Traces", Exact = true }).ClickAsync();
            await Assertions.Expect(site.GetByRole(AriaRole.Main)).ToContainTextAsync(titles[^1]);
            await context.CloseAsync();

            // axe needs a script of its own: the same pages in a context where scripts run.
            var checking = await (await app.Browser.NewContextAsync()).NewPageAsync();
            foreach (var page in new[] { "index.html", "competences.html" })
            {
                await checking.GotoAsync(new Uri(Path.Combine(folder.FullName, "site", page)).AbsoluteUri);
                await CheckAsync(checking, "exports-3-site-" + Path.GetFileNameWithoutExtension(page));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The learner's traces not deleted, most recent first.</summary>
    private async Task<List<string>> TraceTitlesAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        var learnerId = await db.Users.Where(u => u.Email == Learner).Select(u => u.Id).SingleAsync();
        var titles = await db.Traces.Where(t => t.LearnerId == learnerId && t.DeletedAt == null).OrderByDescending(t => t.ActivityDate).Select(t => t.Title).ToListAsync();
        Assert.NotEmpty(titles);
        return titles;
    }

    private static async Task CheckAsync(IPage page, string step)
    {
        await page.AssertAccessibleAsync();
        if (Environment.GetEnvironmentVariable("SILLAGE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, step + ".png"), FullPage = true });
        }
    }
}
