using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// Learners' paths (issue #20): the référent opens the adult learner's path from her dashboard (hours against the
/// 600 planned, entry positioning), waives a part of the plan, then records an apprenticeship contract for another
/// learner with two weeks in the company and one at school; the apprentice's path shows it. Axe at each step.
/// </summary>
public sealed class LearnerPathJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_referent_reads_an_adults_hours_adjusts_her_path_and_records_an_apprenticeship_contract()
    {
        var page = await app.OpenAsync("referent@demo.sillage.test");
        await page.GetByRole(AriaRole.Link, new() { Name = "Suivi", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "MC SNO 2026-2027" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "ANDRÉ Jade" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Tableau de bord de Jade André" }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Parcours", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Parcours de Jade André" }).WaitForAsync();
        await Assertions.Expect(page.Locator("#profile-status")).ToHaveTextAsync("Formation continue");
        await Assertions.Expect(page.Locator("#training-total")).ToContainTextAsync("sur 600 h prévues");
        await Assertions.Expect(page.Locator("#entry-count")).ToContainTextAsync("3 positionnement(s) d'entrée");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Ou partie du parcours aménagée").FillAsync("Module de bureautique");
        await page.GetByLabel("Raison").FillAsync("Expérience professionnelle de dix ans");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter l'aménagement" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Aménagement du parcours enregistré.");
        await Assertions.Expect(page.Locator("#adjustments")).ToContainTextAsync("Module de bureautique — Expérience professionnelle de dix ans");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/suivi");
        await page.GetByRole(AriaRole.Link, new() { Name = "MC SNO 2026-2027" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "GUÉRIN Sarah" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Parcours", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Parcours de Sarah Guérin" }).WaitForAsync();
        // Without a profile yet, the form is open with the status SIECLE gives.
        await page.GetByLabel("Apprenti(e)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le profil" }).ClickAsync();
        await Assertions.Expect(page.Locator("#no-contract")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        var path = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Enregistrer un contrat d'apprentissage" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Nouveau contrat d'apprentissage" }).WaitForAsync();
        await page.GetByLabel("Structure d'accueil").SelectOptionAsync(new SelectOptionValue { Label = "Imprimerie Duval & Fils" });
        await page.GetByLabel("Premier jour").FillAsync("2026-11-02");
        await page.GetByLabel("Dernier jour").FillAsync("2027-06-25");
        await page.GetByLabel("Numéro du contrat d'apprentissage").FillAsync("JOURNEY-1");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le contrat" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Contrat d'apprentissage enregistré pour");
        await Assertions.Expect(page.Locator("#period-kind")).ToContainTextAsync("JOURNEY-1");
        await page.AssertAccessibleAsync();

        await page.GotoAsync(path);
        await Assertions.Expect(page.Locator("#contracts")).ToContainTextAsync("2 semaine(s) en entreprise puis 1 semaine(s) au centre de formation");
        await Assertions.Expect(page.Locator("#pfmp-progress")).ToContainTextAsync("sur 12");
        await page.AssertAccessibleAsync();
    }
}
