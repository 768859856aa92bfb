using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// A learner proposes a company and logs two applications from their home page; the référent finds the learner's
/// search, validates the company into the directory and creates the period from the accepted application. Every
/// page passes axe-core.
/// </summary>
public sealed class PfmpSearchJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Company = "Studio Lumière Numérique";

    [Fact]
    public async Task A_learner_proposes_a_company_and_logs_two_applications_and_the_referent_validates_it_and_creates_the_period()
    {
        var learner = await app.OpenAsync("apprenant08@demo.sillage.test");
        await learner.GetByRole(AriaRole.Link, new() { Name = "Ma recherche de PFMP" }).ClickAsync();
        await Assertions.Expect(learner.GetByRole(AriaRole.Heading, new() { Name = "Mes candidatures (0)" })).ToBeVisibleAsync();
        await Assertions.Expect(learner.GetByRole(AriaRole.Table).Filter(new() { HasText = "Avantages" })).ToBeVisibleAsync();
        await learner.AssertAccessibleAsync();

        await learner.GetByRole(AriaRole.Link, new() { Name = "Proposer une structure" }).ClickAsync();
        await learner.GetByLabel("Nom de la structure").FillAsync(Company);
        await learner.GetByLabel("SIRET").FillAsync("999 000 012 00016");
        await learner.GetByLabel("Ville").FillAsync("Lyon");
        await learner.GetByLabel("Nom de famille").FillAsync("Lambert");
        await learner.GetByLabel("Prénom").FillAsync("Odile");
        await learner.GetByLabel("Adresse e-mail").FillAsync("odile.lambert@studio-lumiere.example");
        await learner.AssertAccessibleAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Proposer la structure" }).ClickAsync();
        await Assertions.Expect(learner.GetByRole(AriaRole.Status)).ToContainTextAsync($"Structure « {Company} » proposée");

        await learner.GetByRole(AriaRole.Link, new() { Name = "Noter une candidature" }).ClickAsync();
        await learner.GetByLabel("Structure", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Mairie de Ville-Fictive (Ville-Fictive)" });
        await learner.GetByLabel("Date de la candidature").FillAsync("2026-11-20");
        await learner.GetByLabel("Moyen").SelectOptionAsync(new SelectOptionValue { Label = "Courrier" });
        await learner.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la candidature" }).ClickAsync();
        await Assertions.Expect(learner.GetByRole(AriaRole.Alert)).ToContainTextAsync("La date de candidature ne peut pas être dans le futur.");
        await learner.AssertAccessibleAsync();
        await learner.GetByLabel("Date de la candidature").FillAsync("2026-11-09");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la candidature" }).ClickAsync();
        await Assertions.Expect(learner.GetByRole(AriaRole.Status)).ToContainTextAsync("Candidature enregistrée.");

        await learner.GetByRole(AriaRole.Link, new() { Name = "Noter une candidature" }).ClickAsync();
        await learner.GetByLabel("Structure", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{Company} (Lyon)" });
        await learner.GetByLabel("Date de la candidature").FillAsync("2026-11-12");
        await learner.GetByLabel("Moyen").SelectOptionAsync(new SelectOptionValue { Label = "Réseau, relation" });
        await learner.GetByLabel("Réponse").SelectOptionAsync(new SelectOptionValue { Label = "Acceptée" });
        await learner.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la candidature" }).ClickAsync();
        await Assertions.Expect(learner.GetByRole(AriaRole.Heading, new() { Name = "Mes candidatures (2)" })).ToBeVisibleAsync();
        await Assertions.Expect(learner.GetByRole(AriaRole.Row).Filter(new() { HasText = Company })).ToContainTextAsync("proposée, à valider");
        await learner.AssertAccessibleAsync();

        var referent = await app.OpenAsync("referent@demo.sillage.test");
        await referent.GotoAsync("/pfmp");
        await referent.GetByRole(AriaRole.Link, new() { Name = "Recherche des apprenants" }).ClickAsync();
        await Assertions.Expect(referent.GetByRole(AriaRole.Row).Filter(new() { HasText = "BLANC Théo" })).ToContainTextAsync("Candidature acceptée");
        await referent.AssertAccessibleAsync();
        await referent.GetByRole(AriaRole.Link, new() { Name = "BLANC Théo" }).ClickAsync();
        await Assertions.Expect(referent.GetByRole(AriaRole.Link, new() { Name = "Créer la période" })).ToHaveCountAsync(0);
        await referent.AssertAccessibleAsync();

        await referent.GetByRole(AriaRole.Link, new() { Name = $"Vérifier et ajouter à l'annuaire — {Company}" }).ClickAsync();
        await Assertions.Expect(referent.GetByLabel("Nom de la structure")).ToHaveValueAsync(Company);
        await referent.AssertAccessibleAsync();
        await referent.GetByRole(AriaRole.Button, new() { Name = "Ajouter à l'annuaire" }).ClickAsync();
        await Assertions.Expect(referent.GetByRole(AriaRole.Status)).ToContainTextAsync($"Structure « {Company} » ajoutée à l'annuaire");
        await referent.AssertAccessibleAsync();

        await referent.GetByRole(AriaRole.Link, new() { Name = $"Créer la période — {Company}" }).ClickAsync();
        await Assertions.Expect(referent.Locator("#from-application")).ToBeVisibleAsync();
        await referent.GetByLabel("Premier jour").FillAsync("2027-01-04");
        await referent.GetByLabel("Dernier jour").FillAsync("2027-01-29");
        await referent.AssertAccessibleAsync();
        await referent.GetByRole(AriaRole.Button, new() { Name = "Créer la période" }).ClickAsync();
        await Assertions.Expect(referent.GetByRole(AriaRole.Status)).ToContainTextAsync("Période créée pour");
        await Assertions.Expect(referent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Théo Blanc");
        await Assertions.Expect(referent.GetByRole(AriaRole.Main)).ToContainTextAsync(Company);
        await referent.AssertAccessibleAsync();

        await learner.GotoAsync("/pfmp/ma-recherche");
        await Assertions.Expect(learner.GetByRole(AriaRole.Row).Filter(new() { HasText = Company })).ToContainTextAsync("Devenue une période de PFMP");
    }
}
