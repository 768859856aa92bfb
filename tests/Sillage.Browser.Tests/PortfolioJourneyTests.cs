using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// A learner writes an activity report, links it to C1.1 and C2.2 with justifications, attaches a file and asks
/// for feedback; a teacher answers from the queue; the learner reads the answer. Every page is axe-clean.
/// Set SILLAGE_SCREENSHOTS to a folder to keep a screenshot of each step.
/// </summary>
public sealed class PortfolioJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Learner = "apprenant12@demo.sillage.test";
    private const string Title = "Compte rendu : publication de l'offre professionnelle";

    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_learner_gets_feedback_on_a_report_linked_to_C1_1_and_C2_2()
    {
        var learner = await app.OpenAsync(Learner);
        await learner.GetByRole(AriaRole.Link, new() { Name = "Mon dossier", Exact = true }).ClickAsync();
        await learner.GetByRole(AriaRole.Heading, new() { Name = "Mon dossier numérique" }).WaitForAsync();
        await CheckAsync(learner, "1-dossier");

        await learner.GetByRole(AriaRole.Link, new() { Name = "Nouvelle trace" }).ClickAsync();
        await learner.GetByLabel("Titre", new() { Exact = true }).FillAsync(Title);
        await learner.GetByLabel("Texte", new() { Exact = true }).FillAsync(
            "## Contexte\nVosRêves lance une offre pour les professionnels.\n\n## Ce que j'ai fait\n- Mise à jour de la page avec le CMS\n- Classement des documents sur l'intranet");
        await learner.GetByLabel("Mots-clés").FillAsync("CMS, intranet");
        await CheckAsync(learner, "2-editeur");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la trace" }).ClickAsync();
        await learner.GetByRole(AriaRole.Heading, new() { Name = Title }).WaitForAsync();

        await learner.GetByRole(AriaRole.Link, new() { Name = "Relier des compétences" }).ClickAsync();
        await LinkAsync(learner, "C1.1 — Participer à la mise en place et à l'actualisation d'un site Web", "J'ai actualisé la page des offres du site avec le CMS.");
        await LinkAsync(learner, "C2.2 — Participer à la gestion des outils bureautiques, collaboratifs et nomades", "J'ai classé et partagé les documents de l'offre sur l'intranet.");
        await Assertions.Expect(learner.Locator("#linked")).ToContainTextAsync("Compétences reliées (2)");
        await CheckAsync(learner, "3-competences");

        await learner.GetByRole(AriaRole.Link, new() { Name = "Retour à la trace" }).ClickAsync();
        await learner.GetByRole(AriaRole.Link, new() { Name = "Pièces jointes", Exact = true }).First.ClickAsync();
        await learner.GetByLabel("Ajouter des fichiers").SetInputFilesAsync(new FilePayload { Name = "capture-offre.png", MimeType = "image/png", Buffer = Png });
        await learner.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();
        await Assertions.Expect(learner.GetByRole(AriaRole.Link, new() { Name = "capture-offre.png" })).ToBeVisibleAsync();
        await CheckAsync(learner, "4-pieces");

        await learner.GetByRole(AriaRole.Link, new() { Name = "Retour à la trace" }).ClickAsync();
        await learner.GetByLabel("Message aux enseignants").FillAsync("Ma justification pour C2.2 est-elle suffisante ?");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Demander un retour" }).ClickAsync();
        await Assertions.Expect(learner.Locator("#retours").Locator("..")).ToContainTextAsync("Retour demandé le");
        await CheckAsync(learner, "5-trace-demande");

        var teacher = await app.OpenAsync("prof.eco@demo.sillage.test");
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Retours", Exact = true }).ClickAsync();
        await CheckAsync(teacher, "6-file-enseignant");
        await teacher.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await teacher.GetByLabel("Commentaire", new() { Exact = true }).FillAsync("Bonne justification. Précise quels droits d'accès tu as donnés sur l'intranet.");
        await teacher.GetByLabel("Appréciation").SelectOptionAsync(new SelectOptionValue { Label = "À reprendre" });
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Publier le commentaire" }).ClickAsync();
        await Assertions.Expect(teacher.Locator("article.thread")).ToContainTextAsync("Précise quels droits");
        await CheckAsync(teacher, "7-trace-enseignant");

        await learner.GotoAsync("/notifications");
        await Assertions.Expect(learner.GetByRole(AriaRole.Main)).ToContainTextAsync($"Thomas Bernard a commenté votre trace « {Title} »");
        await CheckAsync(learner, "8-notifications");
        await learner.GetByRole(AriaRole.Button, new() { Name = $"Nouveau Thomas Bernard a commenté votre trace « {Title} »." }).ClickAsync();
        await Assertions.Expect(learner.Locator("article.thread")).ToContainTextAsync("Précise quels droits d'accès");
        await Assertions.Expect(learner.Locator("article.thread")).ToContainTextAsync("À reprendre");
        await CheckAsync(learner, "9-trace-retour");
    }

    private static async Task LinkAsync(IPage page, string competence, string justification)
    {
        await page.GetByLabel("Compétence ou compétence détaillée").SelectOptionAsync(new SelectOptionValue { Label = competence });
        await page.Locator("#justification").FillAsync(justification);
        await page.Locator("#selfLevel").SelectOptionAsync(new SelectOptionValue { Label = "En cours d'acquisition" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Relier", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#linked").Locator("..")).ToContainTextAsync(competence.Split(' ')[0]);
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
