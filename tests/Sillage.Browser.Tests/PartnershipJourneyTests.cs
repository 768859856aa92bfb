using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// The référent records a company breakfast with two partners and the demo cohort, from the year's events counted on
/// the home page, then finds it in one partner's history. Every page passes axe-core.
/// </summary>
public sealed class PartnershipJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Title = "Petit déjeuner : le numérique dans l'imprimerie";

    [Fact]
    public async Task A_company_breakfast_with_two_partners_shows_in_the_partners_history()
    {
        var referent = await app.OpenAsync("referent@demo.sillage.test");
        await referent.GetByRole(AriaRole.Link, new() { Name = "Évènements de partenariat de l'année" }).ClickAsync();
        await Assertions.Expect(referent.GetByRole(AriaRole.Status)).ToContainTextAsync("10 évènement(s)");
        await referent.AssertAccessibleAsync();

        await referent.GetByRole(AriaRole.Link, new() { Name = "Nouvel évènement" }).ClickAsync();
        await referent.GetByLabel("Type d'évènement").SelectOptionAsync(new SelectOptionValue { Label = "Petit déjeuner d'entreprises" });
        await referent.GetByLabel("Intitulé").FillAsync(Title);
        await referent.GetByLabel("Date").FillAsync("2026-11-13");
        await referent.GetByLabel("Heure de début").FillAsync("08:00");
        await referent.GetByLabel("Heure de fin").FillAsync("07:30");
        await referent.GetByLabel("Imprimerie Duval & Fils").CheckAsync();
        await referent.GetByLabel("Mairie de Ville-Fictive").CheckAsync();
        await referent.GetByLabel("MC SNO 2026-2027 (2026-2027)").CheckAsync();
        await referent.AssertAccessibleAsync();
        await referent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'évènement" }).ClickAsync();
        await Assertions.Expect(referent.GetByRole(AriaRole.Alert)).ToContainTextAsync("L'heure de fin doit être après l'heure de début.");
        await referent.AssertAccessibleAsync();

        await referent.GetByLabel("Heure de fin").FillAsync("10:00");
        await referent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'évènement" }).ClickAsync();
        await Assertions.Expect(referent.GetByRole(AriaRole.Status).Filter(new() { HasText = "enregistré" })).ToContainTextAsync($"Évènement « {Title} » enregistré.");
        await Assertions.Expect(referent.GetByRole(AriaRole.Row).Filter(new() { HasText = Title })).ToContainTextAsync("Imprimerie Duval & Fils, Mairie de Ville-Fictive");
        await referent.AssertAccessibleAsync();

        await referent.GotoAsync($"{app.BaseUrl}/partenaires?q=duval");
        await referent.GetByRole(AriaRole.Link, new() { Name = "Imprimerie Duval & Fils" }).ClickAsync();
        await Assertions.Expect(referent.Locator("section[aria-labelledby=events]").GetByRole(AriaRole.Row).Filter(new() { HasText = Title }))
            .ToContainTextAsync("MC SNO 2026-2027");
        await referent.AssertAccessibleAsync();
    }
}
