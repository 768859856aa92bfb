using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// The économie-gestion teacher opens the demo cohort's cahier de textes from the home page, adds a session from a day
/// of the week (an overlapping start is refused first, with the reason), takes its register, and sees planned versus
/// done move for bloc 1 — every step accessible (axe). The test clock is Monday 16 November 2026.
/// </summary>
public sealed class CahierJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static decimal Done(string text) => decimal.Parse(text.Trim().Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_teacher_records_a_session_from_the_calendar_and_planned_versus_done_moves()
    {
        var page = await app.OpenAsync("prof.eco@demo.sillage.test");
        await page.GotoAsync("/");
        await page.Locator(".cahier-link").First.GetByRole(AriaRole.Link, new() { Name = "Prévu et réalisé" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Prévu et réalisé — ") })).ToBeVisibleAsync();
        var before = Done(await page.Locator("tr[data-line='B1'] td").First.TextContentAsync() ?? "0");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/");
        await page.Locator(".cahier-link").First.GetByRole(AriaRole.Link, new() { Name = "Cahier de textes" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Semaine du 16 novembre 2026" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // Last week: Monday 9 already has this teacher from 08:00 to 10:00.
        await page.GetByRole(AriaRole.Link, new() { Name = "← Semaine précédente" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter une séance le lundi 9 novembre" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nouvelle séance" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Début").FillAsync("09:00");
        await page.GetByLabel("Durée (minutes)").FillAsync("60");
        await page.GetByLabel("C1.1", new() { Exact = false }).First.CheckAsync();
        await page.GetByLabel("Contenu de la séance").FillAsync("Reprise : qualifier une demande d'assistance.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la séance" }).ClickAsync();
        await Assertions.Expect(page.Locator(".validation-summary-errors")).ToContainTextAsync("a déjà une séance de 08:00 à 10:00 ce jour-là");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Début").FillAsync("15:00");
        await page.GetByLabel("Durée (minutes)").FillAsync("120");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la séance" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Séance du 09/11/2026 enregistrée.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Séance du lundi 9 novembre 2026") })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Absent(e)").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'appel" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Appel enregistré : 1 absence(s), 0 retard(s).")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Cahier de textes — ") }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Prévu et réalisé" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-line='B1'] td").First).ToHaveTextAsync(new Regex(Regex.Escape((before + 2).ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")))));
        await page.AssertAccessibleAsync();
    }
}
