using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// A learner builds the bloc 2 dossier: starts it, sees what is missing, is refused below the référent's minimum,
/// completes it and submits; the référent opens an anonymised E2 session with the demo jury; the jury reads the
/// frozen dossier in its window, then the candidate's CCF record, read-only and anonymised too. Every page is axe-clean. SILLAGE_SCREENSHOTS keeps a screenshot of each step.
/// </summary>
public sealed class CertificationJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Learner = "apprenant03@demo.sillage.test";

    [Fact]
    public async Task A_learner_submits_the_bloc_2_dossier_and_the_jury_reads_it_in_its_window()
    {
        var learner = await app.OpenAsync(Learner);
        await learner.GetByRole(AriaRole.Link, new() { Name = "Certification", Exact = true }).ClickAsync();
        await learner.GetByRole(AriaRole.Heading, new() { Name = "Ma certification" }).WaitForAsync();
        await CheckAsync(learner, "c1-certification");

        await learner.GetByRole(AriaRole.Button, new() { Name = "Préparer le dossier B2" }).ClickAsync();
        await learner.GetByRole(AriaRole.Heading, new() { Name = "Ce qui manque" }).WaitForAsync();
        await Assertions.Expect(learner.Locator(".missing-list")).ToContainTextAsync("Le dossier est vide : ajoutez au moins une pièce.");
        await Assertions.Expect(learner.Locator(".missing-list")).ToContainTextAsync("C2.1 — ");
        await CheckAsync(learner, "c2-dossier-vide");

        await learner.GetByRole(AriaRole.Link, new() { Name = "Ajouter des pièces" }).ClickAsync();
        await CheckAsync(learner, "c3-ajouter");
        await learner.Locator("#traces-form input[type=checkbox]:not([disabled])").First.CheckAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Ajouter les traces cochées" }).ClickAsync();
        await Assertions.Expect(learner.Locator(".missing-list")).ToContainTextAsync("Le dossier doit compter au moins 2 pièce(s) ; il en compte 1.");

        await learner.GetByRole(AriaRole.Button, new() { Name = "Soumettre le dossier B2" }).ClickAsync();
        await Assertions.Expect(learner.Locator(".validation-summary-errors")).ToContainTextAsync("Le dossier n'est pas soumis : complétez d'abord ce qui manque.");
        await CheckAsync(learner, "c4-refus");

        await learner.GetByRole(AriaRole.Link, new() { Name = "Ajouter des pièces" }).ClickAsync();
        await learner.Locator("#traces-form input[type=checkbox]:not([disabled])").First.CheckAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Ajouter les traces cochées" }).ClickAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Soumettre le dossier B2" }).ClickAsync();
        await Assertions.Expect(learner.GetByRole(AriaRole.Status)).ToContainTextAsync("Dossier soumis et figé.");
        await learner.GetByRole(AriaRole.Link, new() { Name = "Voir le dossier soumis et son empreinte" }).ClickAsync();
        await Assertions.Expect(learner.Locator("#fingerprint")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^([0-9a-f]{4} ){15}[0-9a-f]{4}$"));
        var firstPiece = (await learner.Locator(".snapshot-piece h3").First.TextContentAsync())!.Split(" (")[0];
        await CheckAsync(learner, "c5-soumis");

        var coordinator = await app.OpenAsync("referent@demo.sillage.test");
        await coordinator.GotoAsync("/certification/sessions");
        await coordinator.GetByLabel("Intitulé").FillAsync("Épreuve E2 — commission");
        await coordinator.GetByLabel("Promotion et bloc").SelectOptionAsync(new SelectOptionValue { Label = "MC SNO 2026-2027 — B2 (E2)" });
        await coordinator.GetByLabel("Début").FillAsync("2026-11-16T08:00");
        await coordinator.GetByLabel("Fin").FillAsync("2026-11-20T18:00");
        await coordinator.GetByLabel("Hélène Garnier").CheckAsync();
        await CheckAsync(coordinator, "c6-session");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Créer la session" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Session créée avec 1 candidat(s).");

        var jury = await app.OpenAsync("jury@demo.sillage.test");
        await jury.GetByRole(AriaRole.Link, new() { Name = "Mes sessions d'examen" }).First.ClickAsync();
        await Assertions.Expect(jury.GetByRole(AriaRole.Main)).ToContainTextAsync("Épreuve E2 — commission");
        await CheckAsync(jury, "c7-jury-sessions");
        await jury.GetByRole(AriaRole.Link, new() { Name = "Candidat n° 2026-E2-001" }).ClickAsync();
        await Assertions.Expect(jury.GetByRole(AriaRole.Main)).ToContainTextAsync(firstPiece);
        await Assertions.Expect(jury.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Dubois");
        await CheckAsync(jury, "c8-jury-dossier");

        // The same candidate's CCF record, read-only and anonymised like the dossier.
        await jury.Locator("#ccf-link").ClickAsync();
        await Assertions.Expect(jury.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Candidat n° 2026-E2-001");
        await Assertions.Expect(jury.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Dubois");
        await Assertions.Expect(jury.Locator("main form")).ToHaveCountAsync(0);
        await CheckAsync(jury, "c9-jury-ccf");
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
