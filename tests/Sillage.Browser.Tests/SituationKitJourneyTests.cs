using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>A teacher opens VosRêves situation 1, sees the documents its missions cite and downloads the teacher's
/// sheet; a learner of group A opens the same situation and one of its documents. Every page passes axe-core.</summary>
public sealed class SituationKitJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Situation = "Situation 1 — Une nouvelle offre pour les professionnels";

    [Fact]
    public async Task A_teacher_sees_situation_1s_documents_and_prints_the_teacher_sheet_then_a_learner_opens_a_document()
    {
        var teacher = await app.OpenAsync("prof.eco@demo.sillage.test");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Formation", Exact = true }).ClickAsync();
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Situations", Exact = true }).ClickAsync();
        await teacher.GetByRole(AriaRole.Link, new() { Name = Situation, Exact = true }).ClickAsync();
        await teacher.GetByRole(AriaRole.Heading, new() { Name = Situation, Exact = true }).WaitForAsync();
        var mission1 = teacher.Locator("article.mission-card").First;
        await Assertions.Expect(mission1.GetByRole(AriaRole.Link, new() { Name = "Charte graphique", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(mission1.GetByRole(AriaRole.Link, new() { Name = "Procédure de mise à jour du site Web", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(teacher.GetByRole(AriaRole.Main)).ToContainTextAsync("Restitution attendue");
        await teacher.AssertAccessibleAsync();

        var sheet = await teacher.RunAndWaitForDownloadAsync(() => teacher.GetByRole(AriaRole.Link, new() { Name = "Fiche enseignant (PDF)" }).ClickAsync());
        Assert.StartsWith("fiche-enseignant — Situation 1", sheet.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith(".pdf", sheet.SuggestedFilename, StringComparison.Ordinal);

        var learner = await app.OpenAsync("apprenant01@demo.sillage.test");
        await learner.GetByRole(AriaRole.Link, new() { Name = "Mes situations", Exact = true }).ClickAsync();
        await learner.GetByRole(AriaRole.Link, new() { Name = Situation, Exact = true }).ClickAsync();
        await learner.GetByRole(AriaRole.Heading, new() { Name = Situation, Exact = true }).WaitForAsync();
        await Assertions.Expect(learner.GetByRole(AriaRole.Link, new() { Name = "Fiche enseignant (PDF)" })).ToHaveCountAsync(0);
        await learner.AssertAccessibleAsync();

        var document = await learner.RunAndWaitForDownloadAsync(() => learner.Locator("article.mission-card").Nth(1)
            .GetByRole(AriaRole.Link, new() { Name = "Charte éditoriale", Exact = true }).ClickAsync());
        Assert.Equal("charte-editoriale.md", document.SuggestedFilename);
        var text = await File.ReadAllTextAsync(await document.PathAsync());
        Assert.Contains("Charte éditoriale du site Web et des réseaux sociaux", text, StringComparison.Ordinal);
    }
}
