using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// A teacher creates a personal access token on their account page (accessible, the token shown once), then opens the
/// API's reference page: Scalar starts under the route's CSP (its nonce), from the app's own script, and shows the
/// endpoints — with no CSP violation and no request to another host.
/// </summary>
public sealed class ApiJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_teacher_creates_a_token_then_opens_the_api_reference()
    {
        var page = await app.OpenAsync("prof.eco@demo.sillage.test");
        await page.GotoAsync("/compte");
        await page.GetByRole(AriaRole.Link, new() { Name = "Jetons d'accès à l'API" }).ClickAsync();
        await page.GetByLabel("Nom du jeton").FillAsync("Tableur de la classe");
        await page.GetByLabel("Lecture seule").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le jeton" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Nouveau jeton")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^sil_"));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Révoquer Tableur de la classe" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        var problems = new List<string>();
        var elsewhere = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(message.Text);
            }
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(app.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };
        await page.GetByRole(AriaRole.Link, new() { Name = "Référence de l'API" }).ClickAsync();
        // Scalar fetches the OpenAPI document, which the app builds on its first request: on a loaded CI machine that
        // took more than the default 5 s once.
        await Assertions.Expect(page.GetByText("Sillage API").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("Promotions visibles").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Empty(problems);
        Assert.Empty(elsewhere);
    }
}
