using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Referentiel;

public sealed class FrameworkImportTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static string File(string version, string extra = "") => $$"""
        { "format": "sillage-framework/1", "code": "bts-test", "version": "{{version}}", "title": "BTS de test",
          "blocks": [ { "code": "B1", "title": "Bloc", "competences": [ { "code": "C1", "title": "Compétence",
            "detailedCompetences": [ { "code": "C1.1", "title": "Détail" } ], "mappings": [ { "framework": "crcn", "codes": ["1.1"{{extra}}] } ] } ] } ] }
        """;

    private async Task<Page> UploadAsync(HttpClient client, string json)
    {
        var page = await client.GetPageAsync("/referentiel/importer");
        return await client.SubmitAndFollowAsync(page, "main form", files: new() { ["Upload"] = ("ref.json", Encoding.UTF8.GetBytes(json), "application/json") });
    }

    [Fact]
    public async Task A_file_with_errors_lists_each_with_its_path_and_imports_nothing()
    {
        var admin = await app.SignInAsync(Accounts.Admin);
        var json = File("1", ", \"9.9\"").Replace("\"title\": \"Détail\"", "\"title\": \"\"", StringComparison.Ordinal);
        var page = await UploadAsync(admin, json);
        var paths = page.FindAll("td code").Select(c => c.TextContent).ToList();
        Assert.Contains("$.blocks[0].competences[0].detailedCompetences[0].title", paths);
        Assert.Contains("$.blocks[0].competences[0].mappings[0].codes[1]", paths);
        Assert.Contains("rien n'a été importé", page.Text, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Frameworks.AnyAsync(f => f.Code == "bts-test" && f.Version == "1")));
    }

    [Fact]
    public async Task The_problem_count_is_said_once_and_problems_are_in_the_users_language()
    {
        var admin = await app.SignInAsync(Accounts.Admin);
        var json = File("1").Replace("\"title\": \"BTS de test\"", "\"title\": \"\"", StringComparison.Ordinal);
        var page = await UploadAsync(admin, json);
        Assert.Single(page.FindAll("li, span, p"), e => e.Children.Length == 0 && e.TextContent.Contains("problème(s)", StringComparison.Ordinal));
        Assert.Contains(page.FindAll("td.error-line"), td => td.TextContent == "Valeur manquante : le titre.");

        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        var english = await UploadAsync(admin, json);
        Assert.Contains(english.FindAll("td.error-line"), td => td.TextContent == "Missing value: the title.");
    }

    [Fact]
    public async Task A_valid_file_is_imported_and_a_version_in_use_is_never_replaced()
    {
        var admin = await app.SignInAsync(Accounts.Admin);
        var imported = await UploadAsync(admin, File("2"));
        Assert.True(imported.Text.Contains("importé", StringComparison.Ordinal), imported.Text);
        var framework = await app.WithDbAsync(db => db.Frameworks.Include(f => f.Elements).SingleAsync(f => f.Code == "bts-test" && f.Version == "2"));
        Assert.Equal(3, framework.Elements.Count);

        await app.WithDbAsync(async db =>
        {
            var demo = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
            db.Cohorts.Add(new Sillage.Domain.People.Cohort { Name = "Promotion BTS", SchoolYear = "2026-2027", EstablishmentId = demo.EstablishmentId, FrameworkId = framework.Id });
            await db.SaveChangesAsync();
        });
        var refused = await UploadAsync(admin, File("2").Replace("\"Compétence\"", "\"Compétence modifiée\"", StringComparison.Ordinal));
        Assert.Contains("utilisée par la promotion « Promotion BTS »", refused.Text, StringComparison.Ordinal);
        Assert.Equal("Compétence", await app.WithDbAsync(db => db.FrameworkElements.Where(e => e.FrameworkId == framework.Id && e.Code == "C1").Select(e => e.Title).SingleAsync()));

        var next = await UploadAsync(admin, File("3"));
        Assert.Contains("version 3", next.Text, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.Frameworks.CountAsync(f => f.Code == "bts-test")));
    }

    [Fact]
    public async Task A_malformed_file_is_refused_with_its_line()
    {
        var admin = await app.SignInAsync(Accounts.Admin);
        var page = await UploadAsync(admin, "{ \"code\": \"x\",\n\n \"blocks\": [ { ] }");
        Assert.Contains("ligne 3", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_referentiel_search_finds_C2_3_with_its_detailed_competences_only()
    {
        var learner = await app.SignInAsync(Accounts.Learner);
        var frameworkId = await app.WithDbAsync(db => db.Frameworks.Where(f => f.Code == "mc-sno").Select(f => f.Id).SingleAsync());
        var page = await learner.GetPageAsync($"/referentiel/{frameworkId}?q=c2.3");
        var c23 = page.Find("#el-C2\\.3")!;
        Assert.Contains("Gérer les profils utilisateur et les autorisations d'accès", c23.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Find("#el-C1\\.1"));

        var accents = await learner.GetPageAsync($"/referentiel/{frameworkId}?q=securite");
        Assert.NotNull(accents.Find("#el-C2\\.3"));
        Assert.NotNull(accents.Find("#el-C3\\.2"));
    }

    [Fact]
    public async Task The_crcn_matrix_marks_the_guide_mapping()
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var frameworkId = await app.WithDbAsync(db => db.Frameworks.Where(f => f.Code == "mc-sno").Select(f => f.Id).SingleAsync());
        var page = await teacher.GetPageAsync($"/referentiel/{frameworkId}/correspondances");
        var hits = page.FindAll("td.hit .visually-hidden").Select(e => e.TextContent).ToList();
        Assert.Contains("C2.3 correspond à 4.1", hits);
        Assert.Contains("C3.3 correspond à 3.3", hits);
        Assert.DoesNotContain("C2.3 correspond à 1.1", hits);
        Assert.Equal(5 + 6 + 3 + 3 + 5 + 2 + 8 + 3 + 2, hits.Count);
    }

    [Fact]
    public async Task A_coordinator_cannot_import_a_framework()
    {
        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/referentiel/importer")).StatusCode);
    }
}
