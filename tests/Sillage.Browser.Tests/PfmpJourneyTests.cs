using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// The référent adds a host structure (a mistyped SIRET is refused in French first) and plans a PFMP period there;
/// then opens a link for the tutor of Léa Moreau (convention signed, period under way), who positions her on the
/// competences targeted; Léa's dashboard shows the tutor's positioning, which the competence page attributes to the
/// PFMP. Every page passes axe-core.
/// </summary>
public sealed class PfmpJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Host = "Atelier Numérique du Rhône";
    private const string C11 = "C1.1 Participer à la mise en place et à l'actualisation d'un site Web";

    [Fact]
    public async Task A_new_host_and_period_then_the_tutor_appraisal_reaches_the_learner_dashboard()
    {
        var referent = await app.OpenAsync("referent@demo.sillage.test");
        await OpenMenuAsync(referent, "Partenaires");
        await referent.GetByRole(AriaRole.Link, new() { Name = "Nouvelle structure" }).ClickAsync();
        await referent.GetByLabel("Nom de la structure").FillAsync(Host);
        await referent.GetByLabel("SIRET").FillAsync("999 000 042 00012");
        await referent.GetByLabel("Type de structure").SelectOptionAsync(new SelectOptionValue { Label = "Association" });
        await referent.GetByLabel("Code postal").FillAsync("69001");
        await referent.GetByLabel("Ville").FillAsync("Lyon");
        await referent.GetByLabel("Nom de famille").FillAsync("Perrin");
        await referent.GetByLabel("Prénom").FillAsync("Agathe");
        await referent.GetByLabel("Fonction").FillAsync("Animatrice numérique");
        await referent.Locator("#Contact_Email").FillAsync("agathe.perrin@atelier-numerique.example");
        await referent.AssertAccessibleAsync();
        await referent.GetByRole(AriaRole.Button, new() { Name = "Ajouter à l'annuaire" }).ClickAsync();
        await Assertions.Expect(referent.GetByRole(AriaRole.Alert)).ToContainTextAsync(
            "SIRET « 999 000 042 00012 » invalide : la clé de contrôle ne correspond pas (erreur de frappe ?).");
        await referent.AssertAccessibleAsync();

        await referent.GetByLabel("SIRET").FillAsync("999 000 042 00013");
        await referent.GetByRole(AriaRole.Button, new() { Name = "Ajouter à l'annuaire" }).ClickAsync();
        await Assertions.Expect(referent.GetByRole(AriaRole.Status)).ToContainTextAsync($"Structure « {Host} » ajoutée à l'annuaire.");
        await Assertions.Expect(referent.GetByRole(AriaRole.Main)).ToContainTextAsync("999 000 042 00013");

        await OpenMenuAsync(referent, "Périodes de PFMP");
        await referent.GetByRole(AriaRole.Link, new() { Name = "Nouvelle période" }).ClickAsync();
        await referent.GetByLabel("Apprenant", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "FOURNIER Lucas" });
        await referent.GetByLabel("Structure d'accueil").SelectOptionAsync(new SelectOptionValue { Label = Host });
        await referent.GetByLabel("Tuteur ou tutrice").SelectOptionAsync(new SelectOptionValue { Label = "Agathe Perrin (Animatrice numérique)" });
        await referent.GetByLabel("Enseignant référent").SelectOptionAsync(new SelectOptionValue { Label = "Thomas Bernard" });
        await referent.GetByLabel("Premier jour").FillAsync("2027-01-11");
        await referent.GetByLabel("Dernier jour").FillAsync("2027-02-05");
        await referent.GetByLabel(new Regex(@"^C1\.1 ")).CheckAsync();
        await referent.GetByLabel(new Regex(@"^C3\.1 ")).CheckAsync();
        await referent.GetByLabel("Activités prévues").FillAsync("Animation d'ateliers d'initiation, mise à jour du site de l'association.");
        await referent.AssertAccessibleAsync();
        await referent.GetByRole(AriaRole.Button, new() { Name = "Créer la période" }).ClickAsync();
        await Assertions.Expect(referent.GetByRole(AriaRole.Status)).ToContainTextAsync("Période créée pour FOURNIER Lucas, avec une convention en brouillon.");
        await Assertions.Expect(referent.Locator("#summary").Locator("..")).ToContainTextAsync("Agathe Perrin, Animatrice numérique");
        await referent.AssertAccessibleAsync();

        // Léa Moreau is placed with the demo tutor, her convention is signed and the period has started.
        await OpenMenuAsync(referent, "Périodes de PFMP");
        await referent.GetByRole(AriaRole.Row).Filter(new() { HasText = "MOREAU Léa" })
            .GetByRole(AriaRole.Link, new() { Name = "Cabinet Lemoine Conseil" }).First.ClickAsync();
        await referent.GetByRole(AriaRole.Link, new() { Name = "Accès du tuteur" }).ClickAsync();
        await referent.GetByRole(AriaRole.Button, new() { Name = "Créer et envoyer un lien" }).ClickAsync();
        var link = (await referent.Locator("#tutor-link").TextContentAsync())!.Trim();
        await referent.AssertAccessibleAsync();

        var tutor = await app.OpenAsync();
        await tutor.GotoAsync(link);
        await tutor.GetByRole(AriaRole.Button, new() { Name = "Ouvrir l'espace tuteur" }).ClickAsync();
        await tutor.GetByRole(AriaRole.Link, new() { Name = "Léa Moreau" }).ClickAsync();
        await tutor.GetByRole(AriaRole.Heading, new() { Name = "Mon appréciation" }).WaitForAsync();
        await tutor.AssertAccessibleAsync();
        var c11 = tutor.GetByRole(AriaRole.Group, new() { NameRegex = new Regex(@"^C1\.1 — ") });
        await c11.GetByLabel("En cours d'acquisition").CheckAsync();
        await tutor.GetByLabel("Commentaire sur C1.1 (facultatif)").FillAsync("Pages mises à jour avec soin ; la charte graphique reste à mieux respecter.");
        await tutor.GetByRole(AriaRole.Group, new() { NameRegex = new Regex(@"^C1\.2 — ") }).GetByLabel("Acquis", new() { Exact = true }).CheckAsync();
        await tutor.GetByLabel("Activités réalisées").FillAsync("Mise à jour du site du cabinet, publications sur les réseaux sociaux.");
        await tutor.GetByLabel("Appréciation générale").FillAsync("Léa s'est bien intégrée à l'équipe.");
        await tutor.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'appréciation" }).ClickAsync();
        await Assertions.Expect(tutor.GetByRole(AriaRole.Status)).ToContainTextAsync("Appréciation enregistrée. Merci !");
        await tutor.AssertAccessibleAsync();

        var learner = await app.OpenAsync("apprenant01@demo.sillage.test");
        await learner.GetByRole(AriaRole.Link, new() { Name = "Mon suivi" }).ClickAsync();
        await learner.GetByRole(AriaRole.Heading, new() { Name = "Mon tableau de bord" }).WaitForAsync();
        // The dashboard shows the level and the date of the deciding positioning, not where it comes from.
        var row = learner.Locator("tbody tr").Filter(new() { Has = learner.GetByRole(AriaRole.Link, new() { Name = C11, Exact = true }) });
        await Assertions.Expect(row).ToContainTextAsync("En cours d'acquisition");
        await Assertions.Expect(row).ToContainTextAsync("16/11/2026");
        await learner.AssertAccessibleAsync();

        await row.GetByRole(AriaRole.Link, new() { Name = C11, Exact = true }).ClickAsync();
        var pfmp = learner.Locator("table tbody tr").Filter(new() { HasText = "PFMP" });
        await Assertions.Expect(pfmp).ToContainTextAsync("Julien Morel");
        await Assertions.Expect(pfmp).ToContainTextAsync("En cours d'acquisition");
        await learner.AssertAccessibleAsync();
    }

    private static async Task OpenMenuAsync(IPage page, string link)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "PFMP", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
    }
}
