using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// The référent opens the demo cohort's team from the cohort page and gives the compétence nobody taught (C3.3) to
/// the English teacher: the gap count goes down to zero. The direction then opens the competence heatmap, read-only
/// — every step accessible (axe).
/// </summary>
public sealed class TeamJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_referent_shares_the_missing_competence_and_the_direction_reads_the_heatmap()
    {
        var page = await app.OpenAsync("referent@demo.sillage.test");
        await page.GotoAsync("/promotions");
        await page.GetByRole(AriaRole.Link, new() { Name = "MC SNO 2026-2027", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Équipe pédagogique — 1 compétence(s) sans enseignant" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Équipe pédagogique", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#team-gaps .badge")).ToHaveTextAsync("1");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("C3.3 par Laura Petit").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'équipe" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Équipe pédagogique enregistrée.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#team-gaps .badge")).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("#team-summary li", new() { HasText = "Laura Petit" })).ToContainTextAsync("(Anglais) : C3.2, C3.3");
        await page.AssertAccessibleAsync();

        var direction = await app.OpenAsync("direction@demo.sillage.test");
        await direction.GotoAsync("/");
        await Assertions.Expect(direction.GetByRole(AriaRole.Heading, new() { Name = "Tableaux de bord de l'établissement" })).ToBeVisibleAsync();
        await direction.AssertAccessibleAsync();
        await direction.GetByRole(AriaRole.Link, new() { Name = "Carte des compétences" }).First.ClickAsync();
        await Assertions.Expect(direction.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("MC SNO 2026-2027") }).First).ToBeVisibleAsync();
        await Assertions.Expect(direction.Locator("main form[method=post]")).ToHaveCountAsync(0);
        await direction.AssertAccessibleAsync();
    }
}
