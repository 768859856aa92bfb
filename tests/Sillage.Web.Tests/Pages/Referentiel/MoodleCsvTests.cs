using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Tests.Pages.Referentiel;

/// <summary>Frameworks in and out as the CSV of Moodle's competency framework import tool (tool_lpimportcsv, issue #18).</summary>
public sealed class MoodleCsvTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static async Task<Page> UploadAsync(HttpClient client, string name, byte[] content)
    {
        var page = await client.GetPageAsync("/referentiel/importer");
        return await client.SubmitAndFollowAsync(page, "main form", files: new() { ["Upload"] = (name, content, "text/csv") });
    }

    /// <summary>The blocks, competences and detailed competences of a framework version: kind, code, parent's code, title.</summary>
    private Task<List<string>> TreeAsync(string code, string version) => app.WithDbAsync(async db =>
    {
        var elements = await db.FrameworkElements.Where(e => db.Frameworks.Any(f => f.Id == e.FrameworkId && f.Code == code && f.Version == version)
                && (e.Kind == ElementKind.Block || e.Kind == ElementKind.Competence || e.Kind == ElementKind.DetailedCompetence))
            .Select(e => new { e.Id, e.ParentId, e.Kind, e.Code, e.Title }).ToListAsync();
        var codes = elements.ToDictionary(e => e.Id, e => e.Code);
        return elements.Select(e => $"{e.Kind} {e.Code} < {(e.ParentId is { } p ? codes.GetValueOrDefault(p) : "")} : {e.Title}").Order(StringComparer.Ordinal).ToList();
    });

    [Fact]
    public async Task A_framework_exported_for_moodle_comes_back_as_a_new_version_with_the_same_tree()
    {
        var admin = await app.SignInAsync(Accounts.Admin);
        var original = await app.WithDbAsync(db => db.Frameworks.Where(f => f.Code == "mc-sno").OrderBy(f => f.ImportedAt).Select(f => new { f.Id, f.Version }).FirstAsync());
        var response = await admin.GetAsync($"/referentiel/{original.Id}/json?handler=Moodle");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", MoodleFrameworkCsv.Headers), lines[0]);
        Assert.StartsWith(",mc-sno,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",1,\"domain,competency,skill\"", lines[1], StringComparison.Ordinal);
        // The demo framework has no levels: its positioning scale is Moodle's (which requires one), "Acquis" and "Maîtrisé" proficient.
        Assert.Contains(",\"Non évalué,Insuffisant,En cours d'acquisition,Acquis,Maîtrisé\",", lines[1], StringComparison.Ordinal);
        Assert.Contains("{\"\"id\"\":4,\"\"scaledefault\"\":0,\"\"proficient\"\":1}", lines[1], StringComparison.Ordinal);

        var tree = await TreeAsync("mc-sno", original.Version);
        Assert.True(tree.Count > 10, $"Only {tree.Count} elements in the demo framework");
        var imported = await UploadAsync(admin, "mc-sno-moodle.csv", csv);
        Assert.Contains("importé", imported.Text, StringComparison.Ordinal);
        Assert.Equal(tree, await TreeAsync("mc-sno", "moodle-20261116-1000"));
        Assert.Equal(["Non évalué", "Insuffisant", "En cours d'acquisition", "Acquis", "Maîtrisé"], await app.WithDbAsync(db =>
            db.Frameworks.Where(f => f.Code == "mc-sno" && f.Version == "moodle-20261116-1000").SelectMany(f => f.Levels).OrderBy(l => l.Rank).Select(l => l.Title).ToListAsync()));
    }

    private const string MoodleHeaders =
        "Numéro d'identification du parent,Numéro d'identification,Nom abrégé,Description,Format de description,Valeurs du barème,Configuration du barème," +
        "Type de règle (facultatif),Résultat de la règle (facultatif),Configuration de la règle (facultatif),Numéros d'identification des compétences liées," +
        "ID exporté (facultatif),Est un référentiel,Taxonomie\n";

    [Fact]
    public async Task A_csv_written_by_moodle_is_imported_with_its_scale_and_quoted_descriptions()
    {
        var csv = MoodleHeaders +
                  ",Référentiel SNO,MC SNO (Moodle),\"Le référentiel, importé\",1,\"Non acquis,En cours,Acquis\",\"[{\"\"scaleid\"\":\"\"2\"\"},{\"\"id\"\":1,\"\"scaledefault\"\":1,\"\"proficient\"\":0}]\",,,,,,1,\"domain,competency\"\n" +
                  ",B1,Bloc 1,,1,,,,0,null,,11,0,\n" +
                  "C1.1,C1.1.1,Détail,,1,,,,0,null,,13,0,\n" +
                  "B1,C1.1,\"Compétence, avec virgule\",\"Sur\ndeux lignes\",1,,,,0,null,,12,0,\n";
        var admin = await app.SignInAsync(Accounts.Admin);
        var imported = await UploadAsync(admin, "moodle.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Contains("importé", imported.Text, StringComparison.Ordinal);

        Assert.Equal(
            ["Block B1 <  : Bloc 1", "Competence C1.1 < B1 : Compétence, avec virgule", "DetailedCompetence C1.1.1 < C1.1 : Détail"],
            await TreeAsync("referentiel-sno", "moodle-20261116-1000"));
        var framework = await app.WithDbAsync(db => db.Frameworks.Include(f => f.Elements).Include(f => f.Levels)
            .SingleAsync(f => f.Code == "referentiel-sno"));
        Assert.Equal(("MC SNO (Moodle)", "Le référentiel, importé"), (framework.Title, framework.Description));
        Assert.Equal("Sur\ndeux lignes", framework.Elements.Single(e => e.Code == "C1.1").Description);
        Assert.Equal(["Acquis", "En cours", "Non acquis"], framework.Levels.Select(l => l.Title).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_fourth_level_or_an_unknown_parent_is_refused_by_line_and_nothing_is_imported()
    {
        var csv = MoodleHeaders +
                  ",ref-bad,Mauvais,,1,,,,,,,,1,\n" +
                  ",B1,Bloc,,1,,,,0,null,,1,0,\n" +
                  "B1,C1,Compétence,,1,,,,0,null,,2,0,\n" +
                  "C1,C1.1,Détail,,1,,,,0,null,,3,0,\n" +
                  "C1.1,C1.1.a,Trop profond,,1,,,,0,null,,4,0,\n" +
                  "B9,C9,Orpheline,,1,,,,0,null,,5,0,\n";
        var admin = await app.SignInAsync(Accounts.Admin);
        var page = await UploadAsync(admin, "moodle.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal(["csv:6", "csv:7"], page.FindAll("td code").Select(c => c.TextContent).Order(StringComparer.Ordinal));
        Assert.Contains("Compétence « C1.1.a » au quatrième niveau (sous « C1.1 »)", page.Text, StringComparison.Ordinal);
        Assert.Contains("Compétence « C9 » : son parent « B9 » n'est pas dans le fichier.", page.Text, StringComparison.Ordinal);
        Assert.Contains("rien n'a été importé", page.Text, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Frameworks.AnyAsync(f => f.Code == "ref-bad")));

        var notMoodle = await UploadAsync(admin, "eleves.csv", "nom;prenom;email\nMARTIN;Alice;alice@example.org\n"u8.ToArray());
        Assert.Contains("un référentiel exporté de Moodle en a 14", notMoodle.Text, StringComparison.Ordinal);
    }
}
