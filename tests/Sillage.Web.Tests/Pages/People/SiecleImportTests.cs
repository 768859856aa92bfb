using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;
using static Sillage.Web.Tests.Pages.People.SiecleFiles;

namespace Sillage.Web.Tests.Pages.People;

public sealed class SiecleImportTests(SillageApp app) : IClassFixture<SillageApp>
{
    private const string Url = "/personnes/importer-siecle";
    private const string OwnUai = "0999001W";

    private Task<Guid> CohortAsync() => SchoolImportForms.CohortAsync(app);

    /// <summary>Uploads the file, then maps <paramref name="division"/> to the demo cohort and checks again.</summary>
    private Task<(HttpClient Client, Page Preview)> PreviewAsync(byte[] file, string division = "MCSNO", string account = Accounts.Coordinator,
        Dictionary<string, string?>? values = null) =>
        SchoolImportForms.PreviewAsync(app, Url, ("ExportXML_ElevesSansAdresses.zip", file), division, account, values);

    private static Task<Page> ConfirmAsync(HttpClient client, Page preview) => SchoolImportForms.ConfirmAsync(client, preview);

    [Fact]
    public async Task A_siecle_export_is_imported_with_accents_groups_leavers_and_other_diplomas_skipped()
    {
        var file = Export(OwnUai,
            new Pupil("101", "070000001AA", "LEFÈVRE", "Anaïs", "07/08/2006", "MCSNO", "SNO-G1"),
            new Pupil("102", "070000002AA", "ŒUVRARD", "Zoé", "01/01/2007", "MCSNO", "SNO-G2", Status: "AP"),
            new Pupil("103", "070000003AA", "PARTI", "Léo", "02/02/2006", "MCSNO", Left: "01/10/2026"),
            new Pupil("104", "070000004AA", "AUTRE", "Inès", "03/03/2008", "2BAC-MCV", Mef: "24734102210"));
        var (client, preview) = await PreviewAsync(file, values: new() { ["Emails[101]"] = "anais.lefevre.siecle@example.org" });

        Assert.Empty(preview.Errors());
        Assert.Contains("2 à créer, 0 à mettre à jour, 0 à désactiver, 0 inchangé(s).", preview.Text, StringComparison.Ordinal);
        Assert.Contains("1 élève(s) d'autres divisions ignoré(s).", preview.Text, StringComparison.Ordinal);
        Assert.Contains("ŒUVRARD", preview.Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Ine != null && u.Ine.StartsWith("0700000"))));

        var done = await ConfirmAsync(client, preview);
        Assert.Contains("2 apprenant(s) créé(s)", done.Text, StringComparison.Ordinal);
        var cohortId = await CohortAsync();
        await app.WithDbAsync(async db =>
        {
            var anais = await db.Users.SingleAsync(u => u.Ine == "070000001AA");
            Assert.Equal(("LEFÈVRE", "Anaïs", "anais.lefevre.siecle@example.org", "ST"), (anais.LastName, anais.FirstName, anais.Email, anais.SchoolStatus));
            var zoe = await db.Users.SingleAsync(u => u.Ine == "070000002AA");
            Assert.Equal(("ŒUVRARD", null, "AP"), (zoe.LastName, zoe.Email, zoe.SchoolStatus));
            var groups = await db.CohortMembers.Where(m => m.CohortId == cohortId && (m.PersonId == anais.Id || m.PersonId == zoe.Id))
                .Select(m => db.Groups.Where(g => g.Id == m.GroupId).Select(g => g.Name).Single()).ToListAsync();
            Assert.Equal(["SNO-G1", "SNO-G2"], groups.Order(StringComparer.Ordinal));
            Assert.False(await db.Users.AnyAsync(u => u.Ine == "070000003AA" || u.Ine == "070000004AA"));
            Assert.True(await db.OutboxEmails.AnyAsync(e => e.To == "anais.lefevre.siecle@example.org"));
        });
    }

    [Fact]
    public async Task Reimporting_the_same_file_changes_nothing_and_says_so_then_a_leaver_is_deactivated_not_deleted()
    {
        Pupil Camille(string? left = null) => new("201", "070000021AA", "DURAND", "Camille", "12/03/2007", "MCSNO", "SNO-G1", Left: left);
        var (client, preview) = await PreviewAsync(Export(OwnUai, Camille()));
        await ConfirmAsync(client, preview);
        var before = await app.WithDbAsync(db => db.Users.CountAsync());

        var (again, second) = await PreviewAsync(Export(OwnUai, Camille()));
        Assert.Contains("Aucun changement : le fichier correspond déjà aux apprenants de Sillage.", second.Text, StringComparison.Ordinal);
        var done = await ConfirmAsync(again, second);
        Assert.Contains("Import SIECLE : aucun changement", done.Text, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Users.CountAsync()));

        var (third, left) = await PreviewAsync(Export(OwnUai, Camille(left: "01/10/2026")));
        Assert.Contains("0 à créer, 0 à mettre à jour, 1 à désactiver", left.Text, StringComparison.Ordinal);
        await ConfirmAsync(third, left);
        var camille = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Ine == "070000021AA"));
        Assert.NotNull(camille.DeactivatedAt);
        Assert.Equal(before, await app.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_learner_already_in_sillage_is_matched_by_name_and_birth_date_and_gets_the_ine()
    {
        var learner = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.Learner).Select(u => new { u.Id, u.FirstName, u.LastName, u.BirthDate }).SingleAsync());
        Assert.NotNull(learner.BirthDate);
        var (client, preview) = await PreviewAsync(Export(OwnUai,
            new Pupil("301", "070000031AA", learner.LastName.ToUpperInvariant(), learner.FirstName, learner.BirthDate!.Value.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), "MCSNO")));
        Assert.Contains("0 à créer, 1 à mettre à jour", preview.Text, StringComparison.Ordinal);
        await ConfirmAsync(client, preview);
        Assert.Equal("070000031AA", await app.WithDbAsync(db => db.Users.Where(u => u.Id == learner.Id).Select(u => u.Ine).SingleAsync()));
    }

    [Fact]
    public async Task A_file_of_another_establishment_is_refused_naming_both_codes()
    {
        var (_, preview) = await PreviewAsync(Export("0999002X", new Pupil("401", "070000041AA", "MARTIN", "Alice", "05/05/2007", "MCSNO")));
        Assert.Contains("Ce fichier est l'export de l'établissement 0999002X (PARAMETRES/UAJ), pas de votre établissement 0999001W", preview.Text, StringComparison.Ordinal);
        Assert.Null(preview.Find("button[formaction*='Confirm']"));
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "truncated", "L'archive zip est tronquée ou illisible" },
        { "sts", "n'est pas un export SIECLE des élèves : son élément racine est « STS_EDT »" },
        { "same-ine", "INE 070000051AA déjà porté par l'élément ELEVE (ELEVE_ID 501)" },
        { "two-ine", "même élève que l'élément ELEVE (ELEVE_ID 501) ligne 10 (même nom, même date de naissance) avec un autre INE" },
        { "no-cohort", "Aucune division du fichier (2BAC-MCV) n'est associée à une promotion" },
        { "wrong-encoding", "déclare l'encodage ISO-8859-15 mais son contenu est en UTF-8" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_input_gets_a_clear_message_and_nothing_is_imported(string kind, string expected)
    {
        var alice = new Pupil("501", "070000051AA", "MARTÍN", "Alice", "05/05/2007", "MCSNO");
        var file = kind switch
        {
            "truncated" => Export(OwnUai, alice)[..60],
            "sts" => Zip("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<STS_EDT/>"u8.ToArray(), "sts_emp_0999001W_2026.xml"),
            "same-ine" => Export(OwnUai, alice, alice with { Id = "502", LastName = "SIMON" }),
            "two-ine" => Export(OwnUai, alice, alice with { Id = "502", Ine = "070000052AA" }),
            "no-cohort" => Export(OwnUai, alice with { Division = "2BAC-MCV" }),
            _ => Zip(System.Text.Encoding.UTF8.GetBytes(Xml(OwnUai, [alice]))),
        };
        var (client, preview) = await PreviewAsync(file, division: kind == "no-cohort" ? "NONE" : "MCSNO");
        await SchoolImportForms.AssertRefusedAsync(client, preview, expected);

        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Ine != null && u.Ine.StartsWith("07000005"))));
    }

    [Fact]
    public async Task Another_establishments_referent_cannot_import_into_this_cohort()
    {
        var (_, preview) = await PreviewAsync(Export("0999002X", new Pupil("601", "070000061AA", "MARTIN", "Alice", "05/05/2007", "MCSNO")), account: Accounts.Other.Coordinator);
        Assert.Contains("Division MCSNO : la promotion choisie n'existe pas ou n'est pas de votre établissement.", preview.Text, StringComparison.Ordinal);
        Assert.Null(preview.Find("button[formaction*='Confirm']"));
        Assert.False(await app.WithDbAsync(db => db.CohortMembers.AnyAsync(m => db.Users.Any(u => u.Id == m.PersonId && u.Ine == "070000061AA"))));
    }

    [Theory]
    [InlineData(Accounts.Teacher, HttpStatusCode.Forbidden)]
    [InlineData(Accounts.Learner, HttpStatusCode.Forbidden)]
    public async Task Teachers_and_learners_are_refused(string account, HttpStatusCode expected)
    {
        var client = await app.SignInAsync(account);
        Assert.Equal(expected, (await client.GetAsync(Url)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_is_sent_to_sign_in()
    {
        var response = await app.Anonymous().GetAsync(Url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/connexion", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
