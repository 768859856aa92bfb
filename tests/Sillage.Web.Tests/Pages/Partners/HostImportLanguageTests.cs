using System.Text;

namespace Sillage.Web.Tests.Pages.Partners;

/// <summary>
/// The host-structure CSV import lists its problems as catalogue templates with arguments (issue #14 item 4): an
/// English user reads every line's problems in English, a French user in French.
/// </summary>
public sealed class HostImportLanguageTests(SillageApp app) : IClassFixture<SillageApp>
{
    private const string Csv = """
        Raison sociale;SIRET;Type
        Cabinet Lemoine;99900000100019;entreprise
        Inconnue;;coopérative
        Inconnue;;association
        """;

    private async Task<IReadOnlyList<string>> ProblemsAsync(string? language)
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        if (language is not null)
        {
            referent.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        var form = await referent.GetPageAsync("/partenaires/importer");
        var preview = await (await referent.SubmitAsync(form, "form[action*='handler=Preview']",
            files: new() { ["Upload"] = ("structures.csv", Encoding.UTF8.GetBytes(Csv), "text/csv") })).ToPageAsync();
        return preview.FindAll(".error-line li").Select(li => li.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task An_english_user_reads_the_import_problems_in_english()
    {
        var problems = await ProblemsAsync("en-GB");
        Assert.Contains("Already in the directory: “Cabinet Lemoine Conseil” already has SIRET 999 000 001 00019.", problems);
        Assert.Contains("Unknown type “coopérative”: company, association or public body.", problems);
        Assert.Contains("Duplicate of line 3: “Inconnue” already has this name (no SIRET to tell them apart).", problems);
    }

    [Fact]
    public async Task A_french_user_reads_the_import_problems_in_french()
    {
        var problems = await ProblemsAsync(null);
        Assert.Contains("Déjà dans l'annuaire : « Cabinet Lemoine Conseil » a déjà le SIRET 999 000 001 00019.", problems);
        Assert.Contains("Type « coopérative » inconnu : entreprise, association ou organisme public.", problems);
        Assert.Contains("Doublon de la ligne 3 : « Inconnue » porte déjà ce nom (sans SIRET pour les distinguer).", problems);
    }
}
