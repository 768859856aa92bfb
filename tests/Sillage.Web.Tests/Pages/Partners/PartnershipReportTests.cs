using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Partners;

/// <summary>The annual partnership report on the demo's ten events (this class changes no data): its figures on the
/// page, in the CSV and in the PDF, for the référent and the administrator only.</summary>
public sealed class PartnershipReportTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task The_report_counts_the_years_events_learners_speaker_hours_and_tax()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var learners = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName)
            .SelectMany(c => c.Members).CountAsync(m => m.Role == Sillage.Domain.People.CohortRole.Learner));

        var page = await referent.GetPageAsync("/partenaires/bilan?annee=2026-2027");

        Assert.Equal("10", page.Find("#report-events")!.TextContent.Trim());
        Assert.Equal(learners.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Find("#report-learners")!.TextContent.Trim());
        Assert.Equal("2 300,50 €", page.Find("#report-tax")!.TextContent.Trim().Replace('\u202f', ' ').Replace('\u00a0', ' '));
        var hours = page.FindAll("caption").Single(c => c.TextContent.StartsWith("Heures d'intervenants", StringComparison.Ordinal)).ParentElement!;
        Assert.Contains(DemoSeeder.CohortName, hours.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2", "4"], hours.QuerySelectorAll("tbody td.text-end").Select(td => td.TextContent.Trim()));
        Assert.DoesNotContain("Cabinet Arnoux Conseil", page.Text, StringComparison.Ordinal);

        var lastYear = await referent.GetPageAsync("/partenaires/bilan?annee=2025-2026");
        Assert.Equal("0", lastYear.Find("#report-events")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_csv_is_utf8_with_bom_semicolons_and_the_same_figures()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);

        var response = await referent.GetAsync("/partenaires/bilan?handler=Csv&annee=2026-2027");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("Évènements;Total;10;;", lines);
        Assert.Contains("Taxe d'apprentissage;Total;;2300.50;", lines);
        Assert.Contains("Par partenaire;Cabinet Lemoine Conseil;4;1500.00;", lines);
        Assert.Contains("Par type;Intervention d'un professionnel en classe;2;;", lines);
        Assert.Contains($"Heures d'intervenants par promotion;{DemoSeeder.CohortName};2;;4", lines);
        Assert.Contains("Nouveaux partenaires;Imprimerie Duval & Fils;;;", lines);
    }

    [Fact]
    public async Task The_pdf_is_printed()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);

        var response = await referent.GetAsync("/partenaires/bilan?handler=Pdf&annee=2026-2027");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 1000);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(bytes[..4]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_administrator_chooses_the_establishment_and_others_are_refused()
    {
        var admin = await app.SignInAsync(Accounts.Admin);
        var second = await app.EstablishmentOfAsync(Accounts.Other.Coordinator);

        var page = await admin.GetPageAsync($"/partenaires/bilan?annee=2026-2027&etablissement={second}");

        Assert.Contains("Cabinet Arnoux Conseil", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cabinet Lemoine Conseil", page.Text, StringComparison.Ordinal);
        // A référent's own establishment, whatever the address asks.
        var referent = await (await app.SignInAsync(Accounts.Coordinator)).GetPageAsync($"/partenaires/bilan?annee=2026-2027&etablissement={second}");
        Assert.Contains("Cabinet Lemoine Conseil", referent.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cabinet Arnoux Conseil", referent.Text, StringComparison.Ordinal);
        foreach (var email in new[] { Accounts.Teacher, Accounts.Learner, Accounts.Tutor })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync(email)).GetAsync("/partenaires/bilan?handler=Csv")).StatusCode);
        }
    }

    [Fact]
    public async Task The_home_pages_count_the_years_events_and_the_learners_own()
    {
        var referent = await (await app.SignInAsync(Accounts.Coordinator)).GetPageAsync("/");
        var teacher = await (await app.SignInAsync(Accounts.Teacher)).GetPageAsync("/");
        var learner = await (await app.SignInAsync(Accounts.Learner)).GetPageAsync("/");

        Assert.Equal("10", referent.Find("#todo-partnership-events .badge")!.TextContent.Trim());
        Assert.Equal("10", teacher.Find("#todo-partnership-events .badge")!.TextContent.Trim());
        // apprenant01 took part in seven of them: not the hackathon, the mini-stage nor the tax payment.
        Assert.Equal("7", learner.Find("#todo-my-events .badge")!.TextContent.Trim());
    }
}
