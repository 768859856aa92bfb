using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// Writing help in the dossier (issue #20, item 7) as the demo apprentice (apprenant12) lives it: the calendar of the
/// alternation on "Mes PFMP", a journal entry started from the contract with its canvas, then the trace linked to a
/// compétence détaillée of C2.3 and to one of its savoirs associés. Axe at each step.
/// </summary>
public sealed class TraceCanvasJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_apprentice_writes_a_journal_entry_from_the_canvas_and_links_a_savoir_associe()
    {
        var page = await app.OpenAsync("apprenant12@demo.sillage.test");
        await page.GotoAsync("/pfmp/mes-periodes");
        await page.GetByText(new Regex("^Calendrier de l'alternance")).ClickAsync();
        await Assertions.Expect(page.Locator(".rhythm-week").First).ToContainTextAsync("lun. 7 : entreprise");
        await Assertions.Expect(page.Locator(".rhythm-school").First).ToContainTextAsync("centre de formation");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Écrire une entrée du journal dans mon dossier" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Nouvelle trace" }).WaitForAsync();
        await Assertions.Expect(page.Locator("#template-used")).ToContainTextAsync("Entrée du journal de PFMP");
        await Assertions.Expect(page.GetByLabel("Texte", new() { Exact = true })).ToHaveValueAsync(new Regex("## Les tâches réalisées"));
        await Assertions.Expect(page.GetByLabel("Précision sur le contexte")).ToHaveValueAsync(new Regex("^PFMP chez "));
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Titre").FillAsync("Journal : droits d'accès du service commercial");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la trace" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Journal : droits d'accès du service commercial" }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Relier des compétences" }).ClickAsync();
        await Assertions.Expect(page.Locator("#knowledge")).ToContainTextAsync("Reliez d'abord la trace à une compétence");
        var option = await page.Locator("#elementId option", new() { HasText = "C2.3.2" }).GetAttributeAsync("value");
        await page.GetByLabel("Compétence ou compétence détaillée").SelectOptionAsync(option!);
        await page.GetByLabel("Ce que cette trace prouve").FillAsync("J'ai revu les droits d'accès du service commercial avec mon maître d'apprentissage.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Relier", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("C2.3.2 reliée à la trace.");
        await page.AssertAccessibleAsync();

        await page.GetByLabel(new Regex("gestion des habilitations")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les savoirs mobilisés" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Savoirs associés enregistrés (1).");
        await page.GetByRole(AriaRole.Link, new() { Name = "Retour à la trace" }).ClickAsync();
        await Assertions.Expect(page.Locator("#knowledge")).ToContainTextAsync("gestion des habilitations");
        await page.AssertAccessibleAsync();
    }
}
