using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Browser.Tests;

/// <summary>A référent compares the demo référentiel with a version 2027 (C2.3.1 renamed, a critère added under
/// C2.3.2) and moves the demo cohort onto it.</summary>
public sealed class CohortMoveJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_referent_compares_two_versions_and_moves_the_demo_cohort_on_accessible_pages()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!Directory.Exists(Path.Combine(folder!.FullName, "data", "frameworks")))
        {
            folder = folder.Parent;
        }

        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder.FullName, "data", "frameworks", "mc-sno-2020.json")))!;
        json["version"] = "2027";
        var detailed = json["blocks"]!.AsArray().SelectMany(b => b!["competences"]!.AsArray()).Single(c => (string)c!["code"]! == "C2.3")!["detailedCompetences"]!.AsArray();
        detailed[0]!["title"] = (string)detailed[0]!["title"]! + " (texte révisé)";
        detailed[1]!["criteria"] = new JsonArray(new JsonObject { ["title"] = "Les droits d'accès sont vérifiés avec l'utilisateur" });
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        Guid cohort;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<FrameworkImporter>().ImportAsync(json.ToJsonString(), null);
            Assert.True(result.Succeeded);
            cohort = await scope.ServiceProvider.GetRequiredService<SillageDb>().Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync();
        }

        var page = await app.OpenAsync($"referent@{DemoSeeder.Domain}");
        await page.GotoAsync($"/promotions/{cohort}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Changer de version du référentiel" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Changer de version du référentiel" }).WaitForAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "2020 → 2027" }).ClickAsync();
        await Assertions.Expect(page.Locator("#diff-counts")).ToContainTextAsync("1 ajouté(s), 0 supprimé(s), 1 renommé(s), 0 déplacé(s)");
        await Assertions.Expect(page.Locator("ins").First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Préparer les correspondances" }).ClickAsync();
        await page.GetByRole(AriaRole.Table).WaitForAsync();
        await Assertions.Expect(page.GetByLabel("Élément qui remplace C2.3.1")).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Changer de version", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Promotion passée à la version 2027");
        // Every element the cohort used kept its code: nothing stays on 2020 (the shared situations keep their version).
        await Assertions.Expect(page.Locator("section[aria-labelledby=left] table")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
    }
}
