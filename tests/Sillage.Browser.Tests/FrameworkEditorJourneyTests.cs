using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Browser.Tests;

/// <summary>
/// The référentiel editor (issue #21, item 1) as the référent lives it: a new version of the MC SNO started as a
/// draft, the validator answering while a title is typed, two critères d'évaluation added to C2.3, then the version
/// published and its page showing them, and last the demo cohort moved onto it. Axe at each step.
/// </summary>
public sealed class FrameworkEditorJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_referent_adds_criteria_to_C2_3_publishes_a_new_version_and_moves_the_demo_cohort_onto_it()
    {
        // The demo's version was imported when the app started: the new one is published later.
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var page = await app.OpenAsync("referent@demo.sillage.test");
        await page.GotoAsync("/referentiel");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle version", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Nouvelle version d'un référentiel" }).WaitForAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Partir de la version").SelectOptionAsync(new SelectOptionValue { Label = "Mention complémentaire Services numériques aux organisations — 2020" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le brouillon" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("version 2020.1");
        await Assertions.Expect(page.Locator("#publish-title + p")).ToContainTextAsync("Le brouillon est valide");
        await page.AssertAccessibleAsync();

        var outline = page.Locator("nav.col-lg-4 a");
        await outline.Filter(new() { Has = page.Locator(".code", new() { HasTextRegex = new Regex(@"^C2\.3$") }) }).ClickAsync();
        await Assertions.Expect(page.Locator("#node-title")).ToContainTextAsync("Compétence C2.3");
        var title = page.Locator("#f-title");
        var original = await title.InputValueAsync();
        await title.FillAsync("");
        await Assertions.Expect(page.Locator("#node-check")).ToContainTextAsync("Valeur manquante : l'intitulé.");
        await title.FillAsync(original);
        await Assertions.Expect(page.Locator("#node-check")).ToContainTextAsync("Aucun problème dans cet élément.");

        foreach (var criterion in new[] { "Les sauvegardes sont vérifiées par une restauration", "Les droits d'accès attribués sont documentés" })
        {
            await page.Locator("#add-criteria-title").FillAsync(criterion);
            await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter un critère d'évaluation" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Élément ajouté au brouillon.");
        }

        await Assertions.Expect(page.Locator("#list-criteria")).ToContainTextAsync("(2)");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Publier la version 2020.1" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Version 2020.1 du référentiel");
        await Assertions.Expect(page.Locator("#el-C2\\.3")).ToContainTextAsync("Les droits d'accès attribués sont documentés");
        await page.AssertAccessibleAsync();

        Guid cohort;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            cohort = await scope.ServiceProvider.GetRequiredService<SillageDb>().Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync();
        }

        await page.GotoAsync($"/promotions/{cohort}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Changer de version du référentiel" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Préparer les correspondances" }).ClickAsync();
        await page.GetByRole(AriaRole.Table).WaitForAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Changer de version", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Promotion passée à la version 2020.1");
        await page.AssertAccessibleAsync();
    }
}
