using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data.Demo;
using static Sillage.Web.Tests.Pages.People.StsFiles;

namespace Sillage.Web.Tests.Pages.People;

/// <summary>The STS-web import page (issue #18): teachers become teacher accounts and members of the cohorts of their
/// services, all or nothing. Runs on PostgreSQL when SILLAGE_TEST_POSTGRES is set.</summary>
public sealed class StsImportTests(SillageApp app) : IClassFixture<SillageApp>
{
    private const string Url = "/personnes/importer-sts";
    private const string OwnUai = "0999001W";

    private async Task<(HttpClient Client, Page Preview)> PreviewAsync(byte[] file, string division = "MCSNO", string account = Accounts.Coordinator,
        Dictionary<string, string?>? values = null, string fileName = "sts_emp_0999001W_2026.xml")
    {
        var upload = account == Accounts.Admin
            ? new Dictionary<string, string?> { ["EstablishmentId"] = (await app.WithDbAsync(db => db.Establishments.Where(e => e.Uai == OwnUai).Select(e => e.Id).SingleAsync())).ToString() }
            : null;
        return await SchoolImportForms.PreviewAsync(app, Url, (fileName, file), division, account, values, upload);
    }

    private static string Preview(Page page) => string.Join(" ", page.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Teachers_become_accounts_and_members_of_the_cohort_of_their_services_with_their_subject()
    {
        var file = Export(OwnUai,
            [new("1101", "GÉRARD", "Hélène"), new("1102", "ŒUVRARD", "Zoé"), new("1103", "SANS-MCSNO", "Aïcha"), new("1104", "CHEF", "Paul", "DIR")],
            new Service("MCSNO", "040100", "1101"), new Service("MCSNO", "030201", "1102", "1101"), new Service("2BAC-MCV", "040100", "1103", "1102"));
        var (client, preview) = await PreviewAsync(file, values: new() { ["Emails[1101]"] = "helene.gerard.sts@example.org" });

        Assert.Empty(preview.Errors());
        var text = Preview(preview);
        Assert.Contains("3 à créer, 0 à mettre à jour, 0 inchangé(s).", text, StringComparison.Ordinal);
        Assert.Contains("1 division(s) ignorée(s) ; 1 personnel(s) d'une autre fonction qu'enseignant ignoré(s).", text, StringComparison.Ordinal);
        Assert.Contains("(MCSNO) : ANGLAIS LV1, ÉCO-GESTION", text, StringComparison.Ordinal);
        Assert.Equal(["2BAC-MCV", "MCSNO"], preview.FindAll("select.division-cohort").Select(s => s.GetAttribute("name")![8..^1]).Order(StringComparer.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(u => u.StsId != null && u.StsId.StartsWith("110"))));

        var done = await SchoolImportForms.ConfirmAsync(client, preview);
        Assert.Contains("Import STS-web : 3 enseignant(s) créé(s), 0 mis à jour, 0 inchangé(s).", done.Text, StringComparison.Ordinal);
        var cohortId = await SchoolImportForms.CohortAsync(app);
        await app.WithDbAsync(async db =>
        {
            var helene = await db.Users.SingleAsync(u => u.StsId == "1101");
            Assert.Equal(("GÉRARD", "Hélène", "helene.gerard.sts@example.org"), (helene.LastName, helene.FirstName, helene.Email));
            var zoe = await db.Users.SingleAsync(u => u.StsId == "1102");
            Assert.Equal(("ŒUVRARD", "Zoé", null), (zoe.LastName, zoe.FirstName, zoe.Email));
            var teacherRole = await db.Roles.Where(r => r.Name == "Teacher").Select(r => r.Id).SingleAsync();
            Assert.Equal(3, await db.UserRoles.CountAsync(ur => ur.RoleId == teacherRole && db.Users.Any(u => u.Id == ur.UserId && u.StsId != null && u.StsId.StartsWith("110"))));
            var members = await db.CohortMembers.Where(m => m.CohortId == cohortId && (m.PersonId == helene.Id || m.PersonId == zoe.Id))
                .Select(m => new { m.PersonId, m.Role, m.Subject }).ToListAsync();
            Assert.Equal(CohortRole.Teacher, Assert.Single(members, m => m.PersonId == helene.Id).Role);
            Assert.Equal("ANGLAIS LV1, ÉCO-GESTION", members.Single(m => m.PersonId == helene.Id).Subject);
            Assert.Equal("ANGLAIS LV1", members.Single(m => m.PersonId == zoe.Id).Subject);
            Assert.False(await db.CohortMembers.AnyAsync(m => db.Users.Any(u => u.Id == m.PersonId && u.StsId == "1103")));
            Assert.False(await db.Users.AnyAsync(u => u.LastName == "CHEF" && u.FirstName == "Paul"));
            Assert.True(await db.OutboxEmails.AnyAsync(e => e.To == "helene.gerard.sts@example.org"));
            Assert.Contains("3 créés, 0 mis à jour", await db.AuditEntries.Where(a => a.Action == "people.sts-imported").Select(a => a.Details).ToListAsync());
            return 0;
        });
    }

    [Fact]
    public async Task A_teacher_is_matched_by_name_then_by_sts_id_the_same_file_again_changes_nothing_and_absent_teachers_are_kept()
    {
        var known = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.Teacher).Select(u => new { u.Id, u.FirstName, u.LastName }).SingleAsync());
        var absent = await app.WithDbAsync(db => db.Users.Where(u => u.Email == $"prof.anglais@{DemoSeeder.Domain}").Select(u => new { u.Id, u.LastName }).SingleAsync());
        var file = Export(OwnUai, [new("2101", known.LastName.ToUpperInvariant(), known.FirstName), new("2102", "NOUVEAU", "Noël")],
            new Service("MCSNO", "040100", "2101", "2102"));
        var (client, preview) = await PreviewAsync(file);
        var text = Preview(preview);
        Assert.Contains("1 à créer, 1 à mettre à jour, 0 inchangé(s).", text, StringComparison.Ordinal);
        var absentLinks = preview.FindAll(".absent-teachers li").Select(li => li.TextContent).ToList();
        Assert.Contains(absentLinks, li => li.Contains(absent.LastName, StringComparison.Ordinal) && li.Contains("absent du fichier", StringComparison.Ordinal));
        Assert.DoesNotContain(absentLinks, li => li.Contains(known.LastName, StringComparison.Ordinal));
        var referent = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.Coordinator).Select(u => u.LastName).SingleAsync());
        Assert.DoesNotContain(absentLinks, li => li.Contains(referent, StringComparison.Ordinal));
        await SchoolImportForms.ConfirmAsync(client, preview);
        Assert.Equal(("2101", "ÉCO-GESTION"), await app.WithDbAsync(async db => (
            await db.Users.Where(u => u.Id == known.Id).Select(u => u.StsId).SingleAsync(),
            await db.CohortMembers.Where(m => m.PersonId == known.Id).Select(m => m.Subject).SingleAsync())));
        var before = await app.WithDbAsync(db => db.Users.CountAsync());

        var (again, second) = await PreviewAsync(file);
        Assert.Contains("Aucun changement : le fichier correspond déjà aux enseignants de Sillage.", second.Text, StringComparison.Ordinal);
        var done = await SchoolImportForms.ConfirmAsync(again, second);
        Assert.Contains("Import STS-web : aucun changement", done.Text, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == absent.Id).Select(u => u.DeactivatedAt).SingleAsync()));

        // Renamed in Sillage since: the STS ID still finds the teacher, and the subject follows the file.
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == known.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastName, "Renommé")));
        var (third, changed) = await PreviewAsync(Export(OwnUai, [new("2101", known.LastName, known.FirstName), new("2102", "NOUVEAU", "Noël")],
            new Service("MCSNO", "030201", "2101"), new Service("MCSNO", "040100", "2102")));
        Assert.Contains("0 à créer, 1 à mettre à jour, 1 inchangé(s).", Preview(changed), StringComparison.Ordinal);
        await SchoolImportForms.ConfirmAsync(third, changed);
        Assert.Equal("ANGLAIS LV1", await app.WithDbAsync(db => db.CohortMembers.Where(m => m.PersonId == known.Id).Select(m => m.Subject).SingleAsync()));
    }

    [Fact]
    public async Task A_file_of_another_establishment_is_refused_naming_both_codes()
    {
        var (_, preview) = await PreviewAsync(Export("0999002X", [new("3101", "MARTIN", "Alice")], new Service("MCSNO", "040100", "3101")));
        Assert.Contains("Ce fichier est l'export de l'établissement 0999002X (PARAMETRES/UAJ), pas de votre établissement 0999001W", preview.Text, StringComparison.Ordinal);
        Assert.Null(preview.Find("button[formaction*='Confirm']"));
    }

    [Fact]
    public async Task A_siecle_export_is_recognised_and_the_siecle_page_linked()
    {
        var siecle = SiecleFiles.Export(OwnUai, new SiecleFiles.Pupil("4101", "070000411AA", "MARTIN", "Alice", "05/05/2007", "MCSNO"));
        var (_, preview) = await PreviewAsync(siecle, fileName: "ExportXML_ElevesSansAdresses.zip");
        Assert.Contains("Ce fichier est un export SIECLE des élèves (élément racine BEE_ELEVES, ligne 2), pas un export STS-web", preview.Text, StringComparison.Ordinal);
        Assert.NotNull(preview.Find(".alert-danger a[href='/personnes/importer-siecle']"));
        Assert.Null(preview.Find("button[formaction*='Confirm']"));
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "truncated", "L'archive zip est tronquée ou illisible" },
        { "other-xml", "n'est pas un export STS-web : son élément racine est « EMP_STS » (ligne 2), STS_EDT attendu." },
        { "wrong-encoding", "déclare l'encodage ISO-8859-15 mais son contenu est en UTF-8" },
        { "same-id", "Élément INDIVIDU ligne 16 : ID 5101 déjà porté par l'INDIVIDU ligne 15." },
        { "unknown-individu", "Élément ENSEIGNANT ligne 11 (division MCSNO, matière 040100) : l'ID 5999 ne désigne aucun INDIVIDU du fichier." },
        { "no-cohort", "Aucune division du fichier (MCSNO) n'est associée à une promotion" },
        { "taken-email", "L'adresse e-mail « prof.eco@demo.sillage.test » appartient déjà à un compte." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_input_gets_a_clear_message_and_nothing_is_imported(string kind, string expected)
    {
        Individu[] teachers = [new("5101", "MARTÍN", "Élodie"), new("5102", "SIMON", "Théo")];
        var service = new Service("MCSNO", "040100", "5101", "5102");
        var file = kind switch
        {
            "truncated" => SiecleFiles.Zip(Export(OwnUai, teachers, service), "sts_emp_0999001W_2026.xml")[..60],
            "other-xml" => "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<EMP_STS/>"u8.ToArray(),
            "wrong-encoding" => System.Text.Encoding.UTF8.GetBytes(Xml(OwnUai, teachers, [service])),
            "same-id" => Export(OwnUai, [teachers[0], teachers[1] with { Id = "5101" }], service with { TeacherIds = ["5101"] }),
            "unknown-individu" => Export(OwnUai, teachers, service with { TeacherIds = ["5101", "5999"] }),
            _ => Export(OwnUai, teachers, service),
        };
        var (client, preview) = await PreviewAsync(file, division: kind == "no-cohort" ? "NONE" : "MCSNO",
            values: kind == "taken-email" ? new() { ["Emails[5102]"] = Accounts.Teacher } : null);
        await SchoolImportForms.AssertRefusedAsync(client, preview, expected);

        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.StsId != null && u.StsId.StartsWith("510"))));
    }

    [Fact]
    public async Task An_administrator_imports_for_the_establishment_they_choose()
    {
        var (client, preview) = await PreviewAsync(Export(OwnUai, [new("6101", "ADMINIMPORT", "Inès")], new Service("MCSNO", "040100", "6101")), account: Accounts.Admin);
        Assert.Contains("1 à créer", Preview(preview), StringComparison.Ordinal);
        await SchoolImportForms.ConfirmAsync(client, preview);
        Assert.Equal(await app.WithDbAsync(db => db.Establishments.Where(e => e.Uai == OwnUai).Select(e => (Guid?)e.Id).SingleAsync()),
            await app.WithDbAsync(db => db.Users.Where(u => u.StsId == "6101").Select(u => u.EstablishmentId).SingleAsync()));
    }

    [Fact]
    public async Task Another_establishments_referent_cannot_import_into_this_cohort()
    {
        var (_, preview) = await PreviewAsync(Export("0999002X", [new("7101", "MARTIN", "Alice")], new Service("MCSNO", "040100", "7101")), account: Accounts.Other.Coordinator);
        Assert.Contains("Division MCSNO : la promotion choisie n'existe pas ou n'est pas de votre établissement.", preview.Text, StringComparison.Ordinal);
        Assert.Null(preview.Find("button[formaction*='Confirm']"));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.StsId == "7101")));
    }

    [Theory]
    [InlineData(Accounts.Teacher)]
    [InlineData(Accounts.Learner)]
    [InlineData(Accounts.Other.Teacher)]
    public async Task Teachers_and_learners_are_refused(string account)
    {
        var client = await app.SignInAsync(account);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Url)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_is_sent_to_sign_in()
    {
        var response = await app.Anonymous().GetAsync(Url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/connexion", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
