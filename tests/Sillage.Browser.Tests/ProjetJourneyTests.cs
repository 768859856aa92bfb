using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// A learner without a project (apprenant05) writes their projet professionnel from their home page, then records a
/// Pix profile; the demo teacher opens a formative interview with them, sees the project and adds a step to it; the
/// learner finds it in their project, "ajoutée lors de l'entretien du …" — every step accessible (axe).
/// </summary>
public sealed class ProjetJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_learner_writes_their_project_and_pix_results_and_a_teacher_adds_a_step_in_an_interview()
    {
        var learner = await app.OpenAsync("apprenant05@demo.sillage.test");
        await learner.GotoAsync("/");
        await learner.GetByRole(AriaRole.Link, new() { Name = "Mon projet professionnel", Exact = true }).ClickAsync();
        await Assertions.Expect(learner.GetByRole(AriaRole.Heading, new() { Name = "Mon projet professionnel", Exact = true })).ToBeVisibleAsync();
        await learner.AssertAccessibleAsync();

        // Without an aim the project is refused, and what was typed stays.
        await learner.Locator("#step-0").FillAsync("Rencontrer le service informatique de la mairie");
        await learner.Locator("#step-date-0").FillAsync("2026-12-15");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon projet" }).ClickAsync();
        await Assertions.Expect(learner.GetByText("Indiquez ce que vous visez : un métier, un secteur ou une poursuite d'études.").First).ToBeVisibleAsync();
        await Assertions.Expect(learner.Locator("#step-0")).ToHaveValueAsync("Rencontrer le service informatique de la mairie");
        await learner.AssertAccessibleAsync();

        await learner.GetByLabel("Métier visé").FillAsync("Technicien(ne) support");
        await learner.GetByLabel("Ce que j'ai appris sur moi").FillAsync("J'aime aider les utilisateurs.");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon projet" }).ClickAsync();
        await Assertions.Expect(learner.GetByText("Projet professionnel enregistré.")).ToBeVisibleAsync();
        await Assertions.Expect(learner.Locator("#project-history li")).ToHaveCountAsync(1);
        await learner.AssertAccessibleAsync();

        await learner.GetByRole(AriaRole.Link, new() { Name = "Mes résultats Pix" }).First.ClickAsync();
        await learner.GetByLabel("Score global (pix)").FillAsync("64");
        await learner.Locator("#level-1-1").FillAsync("3");
        await learner.Locator("#level-2-1").FillAsync("4");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le profil" }).ClickAsync();
        await Assertions.Expect(learner.GetByText("Profil Pix enregistré.")).ToBeVisibleAsync();
        await Assertions.Expect(learner.Locator("#pix-results tbody tr")).ToHaveCountAsync(1);
        await learner.AssertAccessibleAsync();

        await learner.GetByRole(AriaRole.Link, new() { Name = "Mon suivi", Exact = true }).First.ClickAsync();
        await Assertions.Expect(learner.Locator("#pix-summary")).ToContainTextAsync("64 pix");
        await Assertions.Expect(learner.Locator("section[aria-labelledby=project]")).ToContainTextAsync("Technicien(ne) support");
        await learner.AssertAccessibleAsync();
        var dashboard = new Uri(learner.Url).AbsolutePath;

        var teacher = await app.OpenAsync("prof.eco@demo.sillage.test");
        await teacher.GotoAsync(dashboard + "/entretiens/nouveau");
        await Assertions.Expect(teacher.Locator("#interview-project")).ToContainTextAsync("Technicien(ne) support");
        await teacher.AssertAccessibleAsync();
        await teacher.GetByLabel("Points forts").FillAsync("Sait ce qu'il veut faire.");
        await teacher.GetByLabel("Étape ou note à ajouter au projet professionnel").FillAsync("Demander un stage d'observation au support de la mairie");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'entretien" }).ClickAsync();
        await Assertions.Expect(teacher.GetByText("Entretien enregistré", new() { Exact = false })).ToBeVisibleAsync();
        await teacher.AssertAccessibleAsync();

        await learner.GotoAsync("/projet");
        await Assertions.Expect(learner.Locator("section[aria-labelledby=current-version]")).ToContainTextAsync("Demander un stage d'observation au support de la mairie");
        await Assertions.Expect(learner.Locator("section[aria-labelledby=current-version]")).ToContainTextAsync("ajoutée lors de l'entretien du 16/11/2026");
        await learner.AssertAccessibleAsync();
    }
}
