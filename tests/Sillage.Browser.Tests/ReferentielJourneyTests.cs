using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>A teacher signs in, opens the référentiel, searches C2.3 and reads its compétences détaillées.</summary>
public sealed class ReferentielJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_teacher_finds_C2_3_and_its_detailed_competences_on_accessible_pages()
    {
        var page = await app.OpenAsync();
        await page.GotoAsync("/connexion");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Adresse e-mail").FillAsync("prof.eco@demo.sillage.test");
        await page.GetByLabel("Mot de passe").FillAsync(Sillage.Web.Data.Demo.DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Bonjour Thomas Bernard" }).WaitForAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Formation", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Référentiel", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Référentiels" }).WaitForAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Mention complémentaire Services numériques aux organisations" }).ClickAsync();
        await page.GetByLabel("Rechercher dans le référentiel").FillAsync("C2.3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();

        var c23 = page.Locator("#el-C2\\.3");
        await Assertions.Expect(c23).ToContainTextAsync("Contribuer à la sécurité du système d'information de l'organisation");
        await Assertions.Expect(c23).ToContainTextAsync("Participer à la mise en place en place de procédures de sécurité numérique");
        await Assertions.Expect(c23).ToContainTextAsync("Gérer les profils utilisateur et les autorisations d'accès");
        await Assertions.Expect(page.Locator("#el-C1\\.1")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Correspondances" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Sécuriser l'environnement numérique");
        await page.AssertAccessibleAsync();
    }
}
