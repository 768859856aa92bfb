using Sillage.Web.Tests.Pages.Portfolio;

namespace Sillage.Web.Tests.Pages.Privacy;

/// <summary>The privacy pages in English: their texts that come from code or data (the erasure table, the registre's
/// default entries) are translated too, not only the page's own labels.</summary>
public sealed class PrivacyEnglishTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static async Task<Page> EnglishPageAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var page = await (await client.SendAsync(request)).ToPageAsync();
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        return page;
    }

    [Fact]
    public async Task The_erasure_page_in_english_describes_every_table_in_english()
    {
        var learnerId = await app.UserIdAsync(Accounts.Learner);
        var admin = await app.SignInAsync(Accounts.Admin);

        var page = await EnglishPageAsync(admin, $"/admin/personnes/{learnerId}/effacer");

        var rows = page.FindAll("table tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => r.TextContent.Contains("Traces of the portfolio, with their versions", StringComparison.Ordinal)
                                   && r.TextContent.Contains("The person's own data: deleted.", StringComparison.Ordinal));
        Assert.DoesNotContain("Données de la personne elle-même", page.Text, StringComparison.Ordinal);
        Assert.Contains("The account itself is kept in anonymous form", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registre_in_english_translates_the_default_entries()
    {
        var page = await EnglishPageAsync(app.Anonymous(), "/donnees-personnelles");

        Assert.Contains("Accounts and authentication", page.Text, StringComparison.Ordinal);
        Assert.Contains("Public-interest task of education and training", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mission d'intérêt public", page.Text, StringComparison.Ordinal);
    }
}
