using Sillage.Domain.Portfolio;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Portfolio;

public sealed class PortfolioSearchTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static readonly string Learner = DemoSeeder.LearnerEmail(10);

    private static List<string> Titles(Page page) => page.FindAll(".trace-list h2").Select(h => h.TextContent.Trim()).ToList();

    [Theory]
    [InlineData("securite", "Sécurité des accès distants")]
    [InlineData("SÉCURITÉ", "Sécurité des accès distants")]
    [InlineData("réseau", "Configuration des réseaux de l'agence")]
    [InlineData("reseaux", "Configuration des réseaux de l'agence")]
    [InlineData("sécu", "Sécurité des accès distants")]
    [InlineData("locaux", "Inventaire du local technique")]
    [InlineData("wordpress", "Mise à jour du site")]
    [InlineData("procédures hameçonnage", "Sensibilisation")]
    public async Task Search_ignores_accents_case_and_plurals(string query, string expected)
    {
        var client = await SeedAsync();
        var page = await client.GetPageAsync("/dossier?q=" + Uri.EscapeDataString(query));
        Assert.Contains(expected, Titles(page));
        Assert.DoesNotContain("Trace sans rapport", Titles(page));
    }

    [Fact]
    public async Task Search_never_finds_another_learners_traces()
    {
        await SeedAsync();
        var other = await app.SignInAsync(DemoSeeder.LearnerEmail(11));
        var page = await other.GetPageAsync("/dossier?q=wordpress");
        Assert.DoesNotContain("Mise à jour du site", Titles(page));
    }

    [Fact]
    public async Task Filters_by_kind_date_and_competence()
    {
        var client = await SeedAsync();
        var kind = await client.GetPageAsync($"/dossier?type={TraceKind.Reflection}");
        Assert.Equal(["Trace sans rapport"], Titles(kind).Where(t => t == "Trace sans rapport" || t == "Mise à jour du site"));

        var competence = await app.ElementIdAsync("C1.1");
        var site = Titles(await client.GetPageAsync($"/dossier?competence={competence}"));
        Assert.Contains("Mise à jour du site", site);
        Assert.DoesNotContain("Sensibilisation", site);

        var dated = Titles(await client.GetPageAsync("/dossier?du=2027-01-01"));
        Assert.Empty(dated);
    }

    private async Task<HttpClient> SeedAsync()
    {
        var client = await app.SignInAsync(Learner);
        if ((await client.GetPageAsync("/dossier?q=wordpress")).Text.Contains("Mise à jour du site", StringComparison.Ordinal))
        {
            return client;
        }

        await client.CreateAsync("Sécurité des accès distants", "Le VPN protège les connexions.");
        await client.CreateAsync("Configuration des réseaux de l'agence", "Un réseau par site.");
        await client.CreateAsync("Inventaire du local technique", "Le local serveur.");
        await client.CreateAsync("Mise à jour du site", "Publication de l'offre.", "WordPress, CMS");
        await client.CreateAsync("Sensibilisation", "Des procédures contre l'hameçonnage.");
        var reflection = await client.CreateAsync("Trace sans rapport", "Rien à voir.");
        await app.WithDbAsync(async db =>
        {
            var trace = await db.Traces.FindAsync(reflection);
            trace!.Kind = TraceKind.Reflection;
            await db.SaveChangesAsync();
        });
        var site = (await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Traces, t => t.Title == "Mise à jour du site"))).Id;
        var links = await client.GetPageAsync($"/dossier/traces/{site}/competences");
        await client.SubmitAsync(links, "#add-link", new() { ["elementId"] = (await app.ElementIdAsync("C1.1.2")).ToString(), ["justification"] = "Page actualisée." });
        return client;
    }
}
