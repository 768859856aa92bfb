using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// The référent closes the demo's school year: a first try is refused (a learner continues in a cohort given no
/// successor) and changes nothing; then the year is closed with one learner continuing — every step accessible (axe),
/// the archived cohort read-only, the next year's cohort holding the learner who continues.
/// </summary>
public sealed class NewSchoolYearJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_referent_closes_the_year_and_the_learner_who_continues_is_in_next_years_cohort()
    {
        var page = await app.OpenAsync("referent@demo.sillage.test");
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GotoAsync("/promotions");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle année scolaire" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Année 2026-2027 → 2027-2028" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        var continuing = page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new System.Text.RegularExpressions.Regex(" continue$") }).First;
        var learnerName = (await continuing.GetAttributeAsync("id"))!;
        await continuing.CheckAsync();
        await page.GetByLabel("Suite en 2027-2028").SelectOptionAsync(new SelectOptionValue { Label = "Pas de suite" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Clore l'année 2026-2027" }).ClickAsync();
        await Assertions.Expect(page.GetByText("n'a pas de suite").First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Suite en 2027-2028").SelectOptionAsync(new SelectOptionValue { Label = "Créer une nouvelle promotion" });
        await Assertions.Expect(page.Locator("#" + learnerName)).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Clore l'année 2026-2027" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Année 2026-2027 close : 1 promotion(s) archivée(s), 1 créée(s), 1 apprenant(s) inscrit(s) pour 2027-2028.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "MC SNO 2026-2027", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Promotion archivée").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ajouter un membre" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/promotions");
        await page.GetByRole(AriaRole.Link, new() { Name = "MC SNO 2027-2028", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Apprenants (1)" })).ToBeVisibleAsync();
    }
}
