using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Sillage.Web.Tests.Pages.Situations;

/// <summary>Sharing situations between schools: the JSON export imports back into the same file, and a malformed
/// file is refused with the path of each problem and changes nothing.</summary>
public sealed class SituationExchangeTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static readonly Dictionary<string, (string, byte[], string)> NoFiles = [];

    /// <summary>A situation of the common library, and the first establishment's adapted copy of situation 1.</summary>
    private async Task<(Guid Library, Guid Adapted)> SituationsAsync()
    {
        var establishment = await app.EstablishmentOfAsync(Accounts.Teacher);
        return await app.WithDbAsync(async db =>
            (await db.Situations.Where(s => s.Code == "vosreves-situation-2").Select(s => s.Id).SingleAsync(),
             await db.Situations.Where(s => s.EstablishmentId == establishment && s.DuplicatedFromId != null).Select(s => s.Id).SingleAsync()));
    }

    private static async Task<string> ExportAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/situations/{id}/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<Page> ImportAsync(HttpClient client, string json)
    {
        var page = await client.GetPageAsync("/situations/importer");
        return await client.SubmitAndFollowAsync(page, "form[enctype]", files: new() { ["Upload"] = ("situation.json", Encoding.UTF8.GetBytes(json), "application/json") });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Export_then_import_gives_back_exactly_the_same_file(bool adapted)
    {
        var client = await app.SignInAsync(Accounts.Teacher);
        var (library, copy) = await SituationsAsync();
        var first = await ExportAsync(client, adapted ? copy : library);

        var imported = await ImportAsync(client, first);
        Assert.Empty(imported.Errors());
        var id = Guid.Parse(imported.Url.AbsolutePath.Split('/')[2]);
        Assert.NotEqual(adapted ? copy : library, id);
        Assert.Equal(first, await ExportAsync(client, id));
        if (adapted)
        {
            Assert.Contains("\"fileName\": \"procedure-mise-a-jour-site.md\"", first, StringComparison.Ordinal);
            Assert.Contains("\"modalities\": [", first, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Import_reuses_the_organisation_and_resources_it_finds_and_creates_none()
    {
        var client = await app.SignInAsync(Accounts.Teacher);
        var (library, _) = await SituationsAsync();
        var counts = await app.WithDbAsync(async db => (await db.Organisations.CountAsync(), await db.Resources.CountAsync()));
        await ImportAsync(client, await ExportAsync(client, library));
        Assert.Equal(counts, await app.WithDbAsync(async db => (await db.Organisations.CountAsync(), await db.Resources.CountAsync())));
    }

    [Fact]
    public async Task A_malformed_file_is_refused_with_the_path_of_each_problem_and_nothing_is_imported()
    {
        var client = await app.SignInAsync(Accounts.Teacher);
        var (library, _) = await SituationsAsync();
        var before = await app.WithDbAsync(db => db.Situations.CountAsync());
        var json = (await ExportAsync(client, library)).Replace("\"C2.1.1\"", "\"C9.9.9\"", StringComparison.Ordinal)
            .Replace("\"format\": \"sillage-situation/1\"", "\"format\": \"autre\"", StringComparison.Ordinal);

        var page = await ImportAsync(client, json);
        var lines = page.FindAll(".error-line").Select(e => e.TextContent).ToList();
        Assert.Contains(lines, l => l.StartsWith("$.format", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("$.missions[0].competences[0]", StringComparison.Ordinal) && l.Contains("« C9.9.9 »", StringComparison.Ordinal));
        Assert.Contains("Le fichier contient 2 problème(s) : rien n'a été importé.", page.Errors());

        var broken = await ImportAsync(client, "{ \"format\": \"sillage-situation/1\", \"title\": 12 }");
        Assert.Contains(broken.FindAll(".error-line"), e => e.TextContent.StartsWith("$.title", StringComparison.Ordinal) && e.TextContent.Contains("JSON invalide (ligne 1)", StringComparison.Ordinal));
        Assert.Equal(before, await app.WithDbAsync(db => db.Situations.CountAsync()));
    }

    [Fact]
    public async Task A_learner_may_neither_export_nor_import()
    {
        var client = await app.SignInAsync(Accounts.Learner);
        var (library, _) = await SituationsAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/situations/{library}/json")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/situations/importer")).StatusCode);
    }
}
