using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Sillage.Web.Tests.Pages.Referentiel;

/// <summary>The référentiel page introduces each competence's correspondences by the mapped framework, in code order.</summary>
public sealed class FrameworkDetailTests(SillageApp app) : IClassFixture<SillageApp>
{
    private const string Target = """
        { "format": "sillage-framework/1", "code": "pix-test", "version": "1", "title": "Cadre Pix de test", "shortTitle": "Pix test",
          "blocks": [ { "code": "1", "title": "Domaine", "competences": [
            { "code": "1.2", "title": "Deux" }, { "code": "1.9", "title": "Neuf" }, { "code": "1.10", "title": "Dix" } ] } ] }
        """;

    private const string Source = """
        { "format": "sillage-framework/1", "code": "mapped-test", "version": "1", "title": "Référentiel relié",
          "blocks": [ { "code": "B1", "title": "Bloc", "competences": [ { "code": "C1", "title": "Compétence",
            "mappings": [ { "framework": "pix-test", "codes": ["1.10", "1.2", "1.9"] } ] } ] } ] }
        """;

    private static async Task ImportAsync(HttpClient client, string json)
    {
        var page = await client.GetPageAsync("/referentiel/importer");
        await client.SubmitAndFollowAsync(page, "main form", files: new() { ["Upload"] = ("ref.json", Encoding.UTF8.GetBytes(json), "application/json") });
    }

    private static List<string> BadgeCodes(Page page, string competence) =>
        page.FindAll($"#el-{competence} .mapping-badges .badge").Select(b => b.TextContent.Split(' ')[0]).ToList();

    [Fact]
    public async Task Correspondences_are_listed_in_code_order_under_the_mapped_frameworks_short_title()
    {
        var admin = await app.SignInAsync(Accounts.Admin);
        await ImportAsync(admin, Target);
        await ImportAsync(admin, Source);
        var id = await app.WithDbAsync(db => db.Frameworks.Where(f => f.Code == "mapped-test").Select(f => f.Id).SingleAsync());

        var page = await admin.GetPageAsync($"/referentiel/{id}");

        Assert.Equal(["1.2", "1.9", "1.10"], BadgeCodes(page, "C1"));
        var label = page.Find("#el-C1 .mapping-badges .text-muted")!.TextContent;
        Assert.Equal("Pix test :", label);
    }

    [Fact]
    public async Task The_shipped_crcn_correspondences_come_in_natural_order()
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var id = await app.WithDbAsync(db => db.Frameworks.Where(f => f.Code == "mc-sno").Select(f => f.Id).FirstAsync());

        var page = await teacher.GetPageAsync($"/referentiel/{id}");

        var lists = page.FindAll(".mapping-badges").ToList();
        Assert.NotEmpty(lists);
        foreach (var list in lists)
        {
            Assert.StartsWith("CRCN :", list.TextContent.Trim(), StringComparison.Ordinal);
            var codes = list.QuerySelectorAll(".badge").Select(b => b.TextContent.Split(' ')[0]).ToList();
            Assert.Equal(codes.OrderBy(c => c, Sillage.Domain.Frameworks.ElementCodeOrder.Instance), codes);
        }
    }
}
