using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.People;

public sealed class LearnerImportTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static readonly Dictionary<string, (string, byte[], string)> NoFile = [];

    private async Task<(HttpClient Client, Page Preview)> PreviewAsync(byte[] csv, string fileName = "eleves.csv", string? language = null)
    {
        var client = await app.SignInAsync(Accounts.Coordinator);
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        var page = await client.GetPageAsync("/personnes/importer");
        var cohortId = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync());
        var preview = await client.SubmitAndFollowAsync(page, "form[action*='Preview']",
            new() { ["CohortId"] = cohortId.ToString() },
            new() { ["Upload"] = (fileName, csv, "text/csv") });
        return (client, preview);
    }

    [Fact]
    public async Task A_good_file_is_previewed_then_imported_with_groups_and_invitations()
    {
        var csv = Encoding.UTF8.GetBytes("Nom;Prénom;Date de naissance;E-mail;Classe\nDURAND;Camille;12/03/2007;camille.durand.import@example.org;MCSNO-1\nPETIT;Noé;01/10/2006;noe.petit.import@example.org;MCSNO-2\n");
        var (client, preview) = await PreviewAsync(csv);
        Assert.Empty(preview.Errors());
        Assert.Contains("2 apprenant(s) prêts à être importés", preview.Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email!.EndsWith(".import@example.org"))));

        var done = await client.SubmitAndFollowAsync(preview, "form[action*='Confirm']");
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains("2 apprenant(s) importé(s)", done.Text, StringComparison.Ordinal);
        await app.WithDbAsync(async db =>
        {
            var camille = await db.Users.SingleAsync(u => u.Email == "camille.durand.import@example.org");
            Assert.Equal(new DateOnly(2007, 3, 12), camille.BirthDate);
            var member = await db.CohortMembers.SingleAsync(m => m.PersonId == camille.Id);
            Assert.Equal("MCSNO-1", await db.Groups.Where(g => g.Id == member.GroupId).Select(g => g.Name).SingleAsync());
            Assert.True(await db.OutboxEmails.AnyAsync(e => e.To == "camille.durand.import@example.org" && e.Body.Contains("/invitation?")));
        });
    }

    [Fact]
    public async Task A_file_with_bad_lines_reports_each_line_and_imports_nothing()
    {
        var csv = Encoding.UTF8.GetBytes(
            "nom,prenom,date de naissance,email,classe\n" +
            "MARTIN,Alice,05/05/2007,alice.martin.bad@example.org,A\n" +
            ",Bruno,05/05/2007,bruno.bad@example.org,A\n" +
            "LEROY,Chloé,31/02/2007,chloe.bad@example.org,A\n" +
            "SIMON,David,05/05/2007,alice.martin.bad@example.org,A\n" +
            "GARCIA,Emma,05/05/2007,pas-une-adresse,A\n" +
            $"MOREAU,Léa,05/05/2007,{Accounts.Learner},A\n");
        var (_, preview) = await PreviewAsync(csv);
        var text = preview.Text;
        Assert.Contains("5 ligne(s) sur 6 contiennent des erreurs", text, StringComparison.Ordinal);
        Assert.Contains("Nom manquant.", text, StringComparison.Ordinal);
        Assert.Contains("Date de naissance « 31/02/2007 » illisible", text, StringComparison.Ordinal);
        Assert.Contains("en double (déjà ligne 2)", text, StringComparison.Ordinal);
        Assert.Contains("Adresse e-mail « pas-une-adresse » invalide.", text, StringComparison.Ordinal);
        Assert.Contains("appartient déjà à un compte", text, StringComparison.Ordinal);
        var rows = preview.FindAll("tbody tr").ToList();
        Assert.Equal(["2", "3", "4", "5", "6", "7"], rows.Select(r => r.QuerySelector("td")!.TextContent.Trim()));
        Assert.Null(preview.Find("form[action*='Confirm']"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email!.EndsWith(".bad@example.org"))));
    }

    [Fact]
    public async Task A_line_reports_all_its_problems_at_once()
    {
        var csv = Encoding.UTF8.GetBytes("nom;prenom;date de naissance;email\n" + $"MOREAU;Léa;31/02/2008;{Accounts.Learner}\n");
        var (_, preview) = await PreviewAsync(csv);
        var errors = preview.FindAll("tbody tr .error-line li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("Date de naissance « 31/02/2008 » illisible", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("appartient déjà à un compte", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_birth_date_in_the_future_or_implausible_is_an_error_with_a_clear_message()
    {
        var csv = Encoding.UTF8.GetBytes("nom;prenom;date de naissance;email\n" +
            "FUTUR;Ana;12/03/2030;ana.futur@example.org\n" +
            "PETIT;Bea;12/03/2020;bea.petit@example.org\n" +
            "ANCIEN;Carl;12/03/1900;carl.ancien@example.org\n");
        var (_, preview) = await PreviewAsync(csv);
        var errors = preview.FindAll("tbody tr .error-line li").Select(li => li.TextContent).ToList();
        Assert.Equal(
            [
                "Date de naissance 12/03/2030 dans le futur : vérifiez l'année.",
                "Date de naissance 12/03/2020 improbable : la personne aurait moins de 10 ans ou plus de 100 ans à la rentrée. Vérifiez l'année.",
                "Date de naissance 12/03/1900 improbable : la personne aurait moins de 10 ans ou plus de 100 ans à la rentrée. Vérifiez l'année.",
            ],
            errors);
    }

    [Fact]
    public async Task The_preview_errors_are_in_the_users_language()
    {
        var csv = Encoding.UTF8.GetBytes("nom;prenom;date de naissance;email\n;Léa;31/02/2008;lea.en@example.org\n");
        var (_, preview) = await PreviewAsync(csv, language: "en-GB");
        var errors = preview.FindAll("tbody tr .error-line li").Select(li => li.TextContent).ToList();
        Assert.Equal(["Name missing.", "Date of birth “31/02/2008” cannot be read (expected format: DD/MM/YYYY)."], errors);
    }

    [Fact]
    public async Task A_windows_1252_file_keeps_its_accents()
    {
        var cp1252 = CodePagesEncoding();
        var csv = cp1252.GetBytes("NOM;PRÉNOM;NÉ(E) LE;MAIL;DIVISION\r\nLEFÈVRE;Anaïs;07/08/2006;anais.lefevre.cp@example.org;MC SNO\r\nBÉRANGER;Zoé;01/01/2007;zoe.beranger.cp@example.org;MC SNO\r\n");
        var (client, preview) = await PreviewAsync(csv);
        Assert.Contains("Windows-1252", preview.Text, StringComparison.Ordinal);
        Assert.Contains("LEFÈVRE", preview.Text, StringComparison.Ordinal);
        await client.SubmitAndFollowAsync(preview, "form[action*='Confirm']");
        var anais = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "anais.lefevre.cp@example.org"));
        Assert.Equal("Anaïs", anais.FirstName);
        Assert.Equal("LEFÈVRE", anais.LastName);
    }

    [Fact]
    public async Task A_file_without_an_email_column_is_refused_with_the_columns_read()
    {
        var (_, preview) = await PreviewAsync(Encoding.UTF8.GetBytes("Nom;Prénom;Classe\nA;B;C\n"));
        Assert.Contains("Colonne « e-mail » introuvable", preview.Text, StringComparison.Ordinal);
        Assert.Null(preview.Find("form[action*='Confirm']"));
    }

    [Fact]
    public async Task A_tampered_confirmation_imports_nothing()
    {
        var csv = Encoding.UTF8.GetBytes("Nom;Prénom;E-mail\nVALIDE;Val;val.tamper@example.org\n");
        var (client, preview) = await PreviewAsync(csv);
        var bad = Convert.ToBase64String(Encoding.UTF8.GetBytes("Nom;Prénom;E-mail\n;Sans nom;x.tamper@example.org\n"));
        var result = await client.SubmitAndFollowAsync(preview, "form[action*='Confirm']", new() { ["FileContent"] = bad });
        Assert.Contains("rien n'a été importé", result.Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email!.EndsWith(".tamper@example.org"))));
    }

    [Fact]
    public async Task A_teacher_cannot_import()
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/personnes/importer")).StatusCode);
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
