using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>A teacher opens the class heatmap, drills into a learner, records an interview with an action;
/// the learner sees the action on their dashboard. Every page passes axe-core.</summary>
public sealed class SuiviJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_teacher_records_an_interview_from_the_heatmap_and_the_learner_sees_the_action()
    {
        var teacher = await app.OpenAsync("prof.eco@demo.sillage.test");
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Suivi", Exact = true }).ClickAsync();
        await teacher.GetByRole(AriaRole.Link, new() { Name = "MC SNO 2026-2027" }).ClickAsync();
        await teacher.GetByRole(AriaRole.Heading, new() { Name = "Carte des compétences — MC SNO 2026-2027" }).WaitForAsync();
        await Assertions.Expect(teacher.Locator("table.heatmap tbody tr")).ToHaveCountAsync(12);
        await teacher.AssertAccessibleAsync();

        await teacher.Locator("thead th[data-code='C1.1'] a").First.ClickAsync();
        await teacher.GetByRole(AriaRole.Heading, new() { Name = "C1.1 – Participer à la mise en place et à l'actualisation d'un site Web : compétences détaillées" }).WaitForAsync();
        await teacher.AssertAccessibleAsync();

        await teacher.GetByRole(AriaRole.Link, new() { Name = "ANDRÉ Jade" }).ClickAsync();
        await teacher.GetByRole(AriaRole.Heading, new() { Name = "Tableau de bord de Jade André" }).WaitForAsync();
        await teacher.AssertAccessibleAsync();

        await teacher.GetByRole(AriaRole.Link, new() { Name = "Nouvel entretien formatif" }).ClickAsync();
        await teacher.GetByLabel("Ce que l'apprenant a expliqué").FillAsync("Jade a présenté la mise à jour du site de VosRêves et les choix de mise en page.");
        await teacher.GetByLabel("Points forts").FillAsync("Soin de la présentation");
        await teacher.GetByLabel("Action 1", new() { Exact = true }).FillAsync("Ajouter au dossier la procédure de mise à jour du site");
        await teacher.Locator("#due-0").FillAsync("2026-12-04");
        await teacher.AssertAccessibleAsync();
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'entretien" }).ClickAsync();
        await Assertions.Expect(teacher.GetByRole(AriaRole.Status)).ToContainTextAsync("Entretien enregistré (1 action(s), 0 positionnement(s))");
        await teacher.AssertAccessibleAsync();

        var learner = await app.OpenAsync("apprenant11@demo.sillage.test");
        await learner.GetByRole(AriaRole.Link, new() { Name = "Mon suivi" }).ClickAsync();
        await learner.GetByRole(AriaRole.Heading, new() { Name = "Mon tableau de bord" }).WaitForAsync();
        await Assertions.Expect(learner.Locator("#actions").Locator("..")).ToContainTextAsync("Ajouter au dossier la procédure de mise à jour du site");
        await learner.AssertAccessibleAsync();
    }
}
