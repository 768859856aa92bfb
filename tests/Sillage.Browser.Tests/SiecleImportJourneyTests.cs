using System.Text;
using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// The référent imports the school's SIECLE export (ISO-8859-15, accents, a division of another diploma, a leaver):
/// the preview asks which cohort takes the MC/CS division, lists every pupil with what will happen, takes an e-mail for
/// one of them, and the import creates the accounts — every step accessible (axe).
/// </summary>
public sealed class SiecleImportJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static byte[] Export()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        static string Pupil(string id, string ine, string last, string first, string born, string division, string? left = null) =>
            $"<ELEVE ELEVE_ID=\"{id}\"><ID_NATIONAL>{ine}</ID_NATIONAL><NOM_DE_FAMILLE>{last}</NOM_DE_FAMILLE><NOM_USAGE/><PRENOM>{first}</PRENOM>" +
            $"<DATE_NAISS>{born}</DATE_NAISS><CODE_MEF>27125010211</CODE_MEF><CODE_STATUT>ST</CODE_STATUT>" +
            (left is null ? "" : $"<DATE_SORTIE>{left}</DATE_SORTIE>") + "</ELEVE>\n";
        static string Structure(string id, string division) =>
            $"<STRUCTURES_ELEVE ELEVE_ID=\"{id}\"><STRUCTURE><CODE_STRUCTURE>{division}</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE>\n";
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n<BEE_ELEVES VERSION=\"2.1\">\n<PARAMETRES><UAJ>0999001W</UAJ>" +
                  "<ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE><HORODATAGE>01/09/2026 08:00:00</HORODATAGE></PARAMETRES>\n<DONNEES>\n<ELEVES>\n" +
                  Pupil("9001", "070803070AJ", "Bérénice-Parcours", "Zoé", "14/02/2005", "MCSNO-B") +
                  Pupil("9002", "070803071BK", "Œillet-Parcours", "Léon", "03/07/2004", "MCSNO-B") +
                  Pupil("9003", "070803072CL", "Autre-Parcours", "Inès", "21/11/2005", "TBAC-PRO") +
                  "</ELEVES>\n<STRUCTURES>\n" + Structure("9001", "MCSNO-B") + Structure("9002", "MCSNO-B") + Structure("9003", "TBAC-PRO") +
                  "</STRUCTURES>\n</DONNEES>\n</BEE_ELEVES>\n";
        return Encoding.GetEncoding("ISO-8859-15").GetBytes(xml);
    }

    [Fact]
    public async Task The_referent_imports_a_siecle_export_choosing_the_cohort_of_the_division()
    {
        var page = await app.OpenAsync("referent@demo.sillage.test");
        await page.GotoAsync("/personnes/importer-siecle");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Export SIECLE (zip ou XML)").SetInputFilesAsync(new FilePayload
        {
            Name = "ElevesSansAdresses.xml", MimeType = "text/xml", Buffer = Export(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier le fichier" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aperçu" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Promotion de la division MCSNO-B").SelectOptionAsync(new SelectOptionValue { Label = "MC SNO 2026-2027 (2026-2027)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier de nouveau avec ces choix" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Bérénice-Parcours").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("1 élève(s) d'autres divisions ignoré(s).")).ToBeVisibleAsync();
        await page.GetByLabel("Adresse e-mail de Zoé Bérénice-Parcours").FillAsync("zoe.parcours@demo.sillage.test");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/personnes?q=Parcours");
        await Assertions.Expect(page.GetByText("Bérénice-Parcours").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Œillet-Parcours").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Autre-Parcours")).ToHaveCountAsync(0);
    }
}
