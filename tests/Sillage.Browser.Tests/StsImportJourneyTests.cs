using System.Text;
using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// The référent imports the school's STS-web export (ISO-8859-15, accents, a division of another diploma, a staff
/// member who is not a teacher): the preview asks which cohort takes the MC/CS division, lists every teacher with the
/// subject they get, takes an e-mail for one of them, and the import creates the accounts — every step accessible (axe).
/// </summary>
public sealed class StsImportJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static byte[] Export()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        static string Individu(string id, string last, string first, string function) =>
            $"<INDIVIDU ID=\"{id}\" TYPE=\"epp\"><NOM_USAGE>{last}</NOM_USAGE><PRENOM>{first}</PRENOM><FONCTION>{function}</FONCTION></INDIVIDU>\n";
        static string Service(string subject, string teacher) =>
            $"<SERVICE CODE_MATIERE=\"{subject}\"><ENSEIGNANTS><ENSEIGNANT ID=\"{teacher}\" TYPE=\"epp\"/></ENSEIGNANTS></SERVICE>\n";
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n<STS_EDT>\n<PARAMETRES><UAJ CODE=\"0999001W\"/></PARAMETRES>\n" +
                  "<NOMENCLATURES><MATIERES><MATIERE CODE=\"040100\"><LIBELLE_COURT>ÉCO-GESTION</LIBELLE_COURT></MATIERE></MATIERES></NOMENCLATURES>\n" +
                  "<DONNEES>\n<STRUCTURE><DIVISIONS>\n" +
                  "<DIVISION CODE=\"MCSNO-B\"><SERVICES>\n" + Service("040100", "8001") + Service("040100", "8002") + "</SERVICES></DIVISION>\n" +
                  "<DIVISION CODE=\"TBAC-PRO\"><SERVICES>\n" + Service("040100", "8003") + "</SERVICES></DIVISION>\n" +
                  "</DIVISIONS></STRUCTURE>\n<INDIVIDUS>\n" +
                  Individu("8001", "Bérénice-Équipe", "Zoé", "ENS") + Individu("8002", "Œillet-Équipe", "Léon", "ENS") +
                  Individu("8003", "Autre-Équipe", "Inès", "ENS") + Individu("8004", "Direction-Équipe", "Paul", "DIR") +
                  "</INDIVIDUS>\n</DONNEES>\n</STS_EDT>\n";
        return Encoding.GetEncoding("ISO-8859-15").GetBytes(xml);
    }

    [Fact]
    public async Task The_referent_imports_an_sts_export_choosing_the_cohort_of_the_division()
    {
        var page = await app.OpenAsync("referent@demo.sillage.test");
        await page.GotoAsync("/personnes/importer-sts");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Export STS-web (XML ou zip)").SetInputFilesAsync(new FilePayload
        {
            Name = "sts_emp_0999001W_2026.xml", MimeType = "text/xml", Buffer = Export(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier le fichier" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aperçu" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Promotion de la division MCSNO-B").SelectOptionAsync(new SelectOptionValue { Label = "MC SNO 2026-2027 (2026-2027)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier de nouveau avec ces choix" }).ClickAsync();
        await Assertions.Expect(page.GetByText("(MCSNO-B) : ÉCO-GESTION").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("1 division(s) ignorée(s) ; 1 personnel(s) d'une autre fonction qu'enseignant ignoré(s).")).ToBeVisibleAsync();
        await page.GetByLabel("Adresse e-mail de Zoé Bérénice-Équipe").FillAsync("zoe.equipe@demo.sillage.test");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/personnes?q=quipe");
        await Assertions.Expect(page.GetByText("Bérénice-Équipe").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Œillet-Équipe").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Direction-Équipe")).ToHaveCountAsync(0);
    }
}
