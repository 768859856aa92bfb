using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Career;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Projet;

/// <summary>Pix results (issue #20 item 6): recorded by the learner, checked, shown on their dashboard and beside the
/// CRCN. Each test has its own learner (apprenant05 to 07 have no demo result).</summary>
public sealed class PixTests(SillageApp app) : IClassFixture<SillageApp>
{
    private Task<Guid> UserAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<List<PixResult>> ResultsAsync(Guid learner) => app.WithDbAsync(db => db.PixResults.AsNoTracking().Include(r => r.Levels).Where(r => r.LearnerId == learner).ToListAsync());

    [Fact]
    public async Task A_learner_records_a_profile_shown_on_their_dashboard_and_beside_the_crcn()
    {
        var email = DemoSeeder.LearnerEmail(4);
        var learner = await UserAsync(email);
        var client = await app.SignInAsync(email);
        var page = await client.SubmitAndFollowAsync(await client.GetPageAsync("/projet/pix"), "#pix-profile", new()
        {
            ["Profile.TakenOn"] = "2026-11-02", ["Profile.Score"] = "96", ["Profile.Levels[1.1]"] = "3", ["Profile.Levels[2.3]"] = "4", ["Profile.Levels[4.2]"] = "2",
        });

        Assert.Empty(page.Errors());
        var result = Assert.Single(await ResultsAsync(learner));
        Assert.Equal((PixResultKind.Profile, 96, new DateOnly(2026, 11, 2)), (result.Kind, result.Score, result.TakenOn));
        Assert.Equal(["1.1:3", "2.3:4", "4.2:2"], result.Levels.Select(l => $"{l.CompetenceCode}:{l.Level}").Order(StringComparer.Ordinal));
        Assert.NotNull(page.Find("#pix-results"));

        var dashboard = await client.GetPageAsync($"/suivi/apprenants/{learner}");
        Assert.Contains("Profil Pix du 02/11/2026 : 96 pix.", dashboard.Find("#pix-summary")!.TextContent, StringComparison.Ordinal);

        var framework = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.FrameworkId).SingleAsync());
        var matrix = await client.GetPageAsync($"/referentiel/{framework}/correspondances?cible=crcn");
        var row = matrix.Find("#my-pix")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal("3", row[0]);
        Assert.Equal("4", row[5]);
        Assert.Equal("—", row[1]);

        // Staff see the matrix without anyone's results.
        var teacherMatrix = await (await app.SignInAsync(Accounts.Teacher)).GetPageAsync($"/referentiel/{framework}/correspondances?cible=crcn");
        Assert.Null(teacherMatrix.Find("#my-pix"));
    }

    [Fact]
    public async Task Levels_out_of_0_to_8_a_score_out_of_range_or_a_future_date_are_refused_in_french()
    {
        var email = DemoSeeder.LearnerEmail(5);
        var client = await app.SignInAsync(email);
        var form = await client.GetPageAsync("/projet/pix");
        var page = await client.SubmitAndFollowAsync(form, "#pix-profile", new()
        {
            ["Profile.TakenOn"] = "2026-12-01", ["Profile.Score"] = "2000", ["Profile.Levels[1.1]"] = "9",
        });

        Assert.Contains("La date du résultat ne peut pas être dans le futur.", page.Errors());
        Assert.Contains("Le score global est compris entre 0 et 1024 pix.", page.Errors());
        Assert.Contains("Compétence 1.1 : le niveau est compris entre 0 et 8.", page.Errors());

        page = await client.SubmitAndFollowAsync(form, "#pix-profile", new() { ["Profile.Score"] = "10", ["Profile.Levels[1.1]"] = "3", ["Profile.Levels[9.9]"] = "1" });
        Assert.Contains("« 9.9 » n'est pas une compétence du CRCN.", page.Errors());
        page = await client.SubmitAndFollowAsync(form, "#pix-profile", new() { ["Profile.Score"] = "10", ["Profile.Levels[1.1]"] = "3" });
        Assert.Contains("Avec ces niveaux, le score global est d'au moins 24 pix (8 pix par niveau).", page.Errors());
        Assert.Empty(await ResultsAsync(await UserAsync(email)));
    }

    [Fact]
    public async Task A_certification_needs_its_certificate_number_and_is_recorded_with_it()
    {
        var email = DemoSeeder.LearnerEmail(6);
        var learner = await UserAsync(email);
        var client = await app.SignInAsync(email);
        var form = await client.GetPageAsync("/projet/pix");
        var refused = await client.SubmitAndFollowAsync(form, "#pix-certification", new() { ["Certification.Score"] = "412", ["Certification.CertificateNumber"] = "" });
        Assert.Contains("Indiquez le numéro du certificat Pix.", refused.Errors());
        Assert.Empty(await ResultsAsync(learner));

        var page = await client.SubmitAndFollowAsync(form, "#pix-certification", new() { ["Certification.Score"] = "412", ["Certification.CertificateNumber"] = "P-ABCD1234" });
        Assert.Empty(page.Errors());
        var result = Assert.Single(await ResultsAsync(learner));
        Assert.Equal((PixResultKind.Certification, 412, "P-ABCD1234"), (result.Kind, result.Score, result.CertificateNumber));
        Assert.Contains("P-ABCD1234", (await client.GetPageAsync($"/suivi/apprenants/{learner}")).Find("#pix-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_learner_deletes_their_own_result_and_never_another_learners()
    {
        var (mine, theirs) = await app.WithDbAsync(async db => (
            await db.PixResults.Where(r => db.Users.Any(u => u.Id == r.LearnerId && u.Email == Accounts.Learner)).Select(r => r.Id).SingleAsync(),
            await db.PixResults.Where(r => db.Users.Any(u => u.Id == r.LearnerId && u.Email == Accounts.OtherLearner)).Select(r => r.Id).SingleAsync()));
        var client = await app.SignInAsync(Accounts.Learner);
        var page = await client.GetPageAsync("/projet/pix");
        var response = await client.SubmitAsync(page, "#pix-results form", new() { ["resultId"] = theirs.ToString() });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.PixResults.AnyAsync(r => r.Id == theirs)));

        await client.SubmitAndFollowAsync(page, "#pix-results form");
        Assert.False(await app.WithDbAsync(db => db.PixResults.AnyAsync(r => r.Id == mine)));
    }
}
