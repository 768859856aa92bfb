using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// The apprentice's maître d'apprentissage appraises through the link (issue #20): the demo apprentice (apprenant12,
/// Yanis Chevalier) shares one trace with his maître d'apprentissage; the référent opens the contract from Yanis's
/// path and sends the maître her link; the maître, in a browser signed in as nobody, sees Yanis alone, the one trace
/// he shared and the appraisal form, and appraises the competences the contract targets; the teacher who follows the
/// contract reads the appraisal. Axe at each step.
/// </summary>
public sealed class ApprenticeMasterJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Master = "Inès Caradec";

    [Fact]
    public async Task The_maitre_dapprentissage_appraises_the_apprentice_through_the_link()
    {
        var apprentice = await app.OpenAsync("apprenant12@demo.sillage.test");
        await apprentice.GotoAsync("/dossier/partages");
        await apprentice.GetByLabel("Pour qui ?").FillAsync("Ma maître d'apprentissage");
        await apprentice.GetByLabel("Adresser à un tuteur de PFMP (facultatif)").SelectOptionAsync(new SelectOptionValue { Label = Master + " (Agence Pixel & Sens)" });
        var choice = apprentice.Locator(".share-choices .form-check").First;
        var shared = Regex.Replace((await choice.Locator("label").TextContentAsync())!, @"\s*\(\d{2}/\d{2}/\d{4}\)\s*$", "").Trim();
        var notShared = Regex.Replace((await apprentice.Locator(".share-choices .form-check").Nth(1).Locator("label").TextContentAsync())!, @"\s*\(\d{2}/\d{2}/\d{4}\)\s*$", "").Trim();
        await choice.Locator("input").CheckAsync();
        await apprentice.GetByRole(AriaRole.Button, new() { Name = "Créer le lien" }).ClickAsync();
        await Assertions.Expect(apprentice.Locator("#new-link")).ToBeVisibleAsync();
        await apprentice.AssertAccessibleAsync();

        var referent = await app.OpenAsync("referent@demo.sillage.test");
        var path = await OpenContractAsync(referent);
        await referent.GetByRole(AriaRole.Link, new() { Name = "Accès du tuteur" }).ClickAsync();
        await Assertions.Expect(referent.GetByRole(AriaRole.Main)).ToContainTextAsync(Master);
        await referent.GetByRole(AriaRole.Button, new() { Name = "Créer et envoyer un lien" }).ClickAsync();
        var link = (await referent.Locator("#tutor-link").TextContentAsync())!.Trim();
        await referent.AssertAccessibleAsync();

        var master = await app.OpenAsync();
        await master.GotoAsync(link);
        await master.GetByRole(AriaRole.Button, new() { Name = "Ouvrir l'espace tuteur" }).ClickAsync();
        await Assertions.Expect(master.Locator("main tbody tr")).ToHaveCountAsync(1);
        await master.AssertAccessibleAsync();
        await master.GetByRole(AriaRole.Link, new() { Name = "Yanis Chevalier" }).ClickAsync();
        await master.GetByRole(AriaRole.Heading, new() { Name = "Mon appréciation" }).WaitForAsync();
        await Assertions.Expect(master.Locator("#period-kind")).ToContainTextAsync("Contrat d'apprentissage");
        await master.AssertAccessibleAsync();

        await master.Locator("#shared-traces-link").ClickAsync();
        await master.GetByRole(AriaRole.Heading, new() { Name = "Traces partagées par Yanis Chevalier" }).WaitForAsync();
        await Assertions.Expect(master.Locator("article.shared-trace")).ToHaveCountAsync(1);
        await Assertions.Expect(master.GetByRole(AriaRole.Heading, new() { Name = shared, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(master.GetByRole(AriaRole.Heading, new() { Name = notShared, Exact = true })).ToHaveCountAsync(0);
        await master.AssertAccessibleAsync();

        await master.GetByRole(AriaRole.Link, new() { Name = "Yanis Chevalier" }).ClickAsync();
        await master.GetByRole(AriaRole.Group, new() { NameRegex = new Regex(@"^C2\.1 — ") }).GetByLabel("Acquis", new() { Exact = true }).CheckAsync();
        await master.GetByRole(AriaRole.Group, new() { NameRegex = new Regex(@"^C3\.1 — ") }).GetByLabel("En cours d'acquisition").CheckAsync();
        await master.GetByLabel("Commentaire sur C3.1 (facultatif)").FillAsync("Accueille bien les clients au téléphone ; les tickets restent à mieux documenter.");
        await master.GetByLabel("Activités réalisées").FillAsync("Mise à jour des sites des clients, support aux utilisateurs de l'agence.");
        await master.GetByLabel("Appréciation générale").FillAsync("Yanis est un apprenti fiable et curieux.");
        await master.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'appréciation" }).ClickAsync();
        await Assertions.Expect(master.GetByRole(AriaRole.Status)).ToContainTextAsync("Appréciation enregistrée. Merci !");
        await master.AssertAccessibleAsync();

        var teacher = await app.OpenAsync("prof.eco@demo.sillage.test");
        await teacher.GotoAsync(path);
        await teacher.Locator("#contracts a").First.ClickAsync();
        var appraisal = teacher.Locator("section").Filter(new() { Has = teacher.Locator("#appraisal") });
        await Assertions.Expect(appraisal).ToContainTextAsync("Yanis est un apprenti fiable et curieux.");
        await Assertions.Expect(appraisal.Locator("tbody tr").Filter(new() { HasText = "C3.1" })).ToContainTextAsync("En cours d'acquisition");
        await Assertions.Expect(appraisal.Locator("tbody tr").Filter(new() { HasText = "C3.1" })).ToContainTextAsync("les tickets restent à mieux documenter");
        await teacher.AssertAccessibleAsync();
    }

    /// <summary>From the référent's class view to Yanis's path, then his contract's record; returns the path's address.</summary>
    private static async Task<string> OpenContractAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Suivi", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "MC SNO 2026-2027" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "CHEVALIER Yanis" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Parcours", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Parcours de Yanis Chevalier" }).WaitForAsync();
        await Assertions.Expect(page.Locator("#contracts")).ToContainTextAsync("Maître d'apprentissage : " + Master);
        await page.AssertAccessibleAsync();
        var path = page.Url;
        await page.Locator("#contracts a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#period-kind")).ToContainTextAsync("Contrat d'apprentissage");
        await page.AssertAccessibleAsync();
        return path;
    }
}
