using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>A teacher duplicates VosRêves situation 2 and gives the copy to group A; a learner of group A writes a
/// trace for its mission 1 (the mission's competence is suggested); the teacher sees the trace on the mission page.
/// Every page passes axe-core.</summary>
public sealed class SituationsJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Source = "Situation 2 — L'arrivée d'un nouveau commercial";
    private const string Copy = Source + " (copie)";
    private const string Title = "Installation des applications du poste du nouveau commercial";

    [Fact]
    public async Task A_teacher_assigns_a_copy_of_situation_2_and_sees_the_trace_a_learner_writes_for_mission_1()
    {
        var teacher = await app.OpenAsync("prof.eco@demo.sillage.test");
        await OpenSituationAsync(teacher, Source);
        await Assertions.Expect(teacher.GetByRole(AriaRole.Main)).ToContainTextAsync("dupliquez-la pour l'adapter à votre établissement");
        await teacher.AssertAccessibleAsync();

        await teacher.GetByRole(AriaRole.Button, new() { Name = "Dupliquer" }).ClickAsync();
        await teacher.GetByRole(AriaRole.Heading, new() { Name = Copy, Exact = true }).WaitForAsync();
        await Assertions.Expect(teacher.GetByRole(AriaRole.Status)).ToContainTextAsync("Copie créée dans votre établissement");
        await teacher.AssertAccessibleAsync();

        await teacher.GetByRole(AriaRole.Link, new() { Name = "Attribuer", Exact = true }).ClickAsync();
        await teacher.GetByRole(AriaRole.Heading, new() { Name = "Attribuer la situation" }).WaitForAsync();
        await teacher.AssertAccessibleAsync();
        await teacher.GetByLabel("Un groupe").CheckAsync();
        await teacher.GetByLabel("Groupe", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Groupe A" });
        await teacher.GetByLabel("Du", new() { Exact = true }).FillAsync("2026-11-16");
        await teacher.GetByLabel("Au", new() { Exact = true }).FillAsync("2026-12-11");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Attribuer", Exact = true }).ClickAsync();
        await Assertions.Expect(teacher.GetByRole(AriaRole.Status)).ToContainTextAsync("Situation attribuée du 16/11/2026 au 11/12/2026.");
        await Assertions.Expect(teacher.Locator("#current").Locator("..")).ToContainTextAsync("groupe Groupe A");
        await teacher.AssertAccessibleAsync();

        var learner = await app.OpenAsync("apprenant01@demo.sillage.test");
        await learner.GetByRole(AriaRole.Link, new() { Name = "Mes situations", Exact = true }).ClickAsync();
        await learner.GetByRole(AriaRole.Link, new() { Name = Copy, Exact = true }).ClickAsync();
        await learner.GetByRole(AriaRole.Heading, new() { Name = Copy, Exact = true }).WaitForAsync();
        await learner.AssertAccessibleAsync();

        await learner.GetByRole(AriaRole.Link, new() { Name = "Ouvrir la mission 1", Exact = true }).ClickAsync();
        await learner.GetByRole(AriaRole.Heading, new() { Name = "Mission 1 sur 4" }).WaitForAsync();
        await Assertions.Expect(learner.Locator("#my-work-empty")).ToBeVisibleAsync();
        await learner.AssertAccessibleAsync();

        await learner.GetByRole(AriaRole.Link, new() { Name = "Écrire une trace pour cette mission" }).ClickAsync();
        await Assertions.Expect(learner.Locator("#mission-context")).ToContainTextAsync($"Trace pour la mission 1 « Installer les applications sur l'ordinateur fourni au nouveau collaborateur » de la situation « {Copy} »");
        await learner.GetByLabel("Titre", new() { Exact = true }).FillAsync(Title);
        await learner.GetByLabel("Texte", new() { Exact = true }).FillAsync(
            "## Ce que j'ai fait\n- Installation du navigateur, de la suite bureautique et du client de messagerie\n- Test de chaque application avec le collaborateur\n- Mise à jour de l'inventaire du parc applicatif");
        await learner.AssertAccessibleAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la trace" }).ClickAsync();
        await Assertions.Expect(learner.Locator("#mission-suggestions")).ToContainTextAsync("C2.1.1");
        await learner.AssertAccessibleAsync();

        await OpenSituationAsync(teacher, Copy);
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Ouvrir la mission 1", Exact = true }).ClickAsync();
        var lea = teacher.Locator("#mission-work tbody tr", new() { HasText = "MOREAU Léa" });
        await Assertions.Expect(lea).ToContainTextAsync("Groupe A");
        await Assertions.Expect(lea.GetByRole(AriaRole.Link, new() { Name = Title })).ToBeVisibleAsync();
        await teacher.AssertAccessibleAsync();
    }

    private static async Task OpenSituationAsync(IPage page, string title)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Formation", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Situations", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }).WaitForAsync();
    }
}
