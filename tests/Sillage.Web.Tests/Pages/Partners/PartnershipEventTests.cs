using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Partners;
using Sillage.Domain.People;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Partners;

namespace Sillage.Web.Tests.Pages.Partners;

/// <summary>Partnership events: recorded with several partners, cohorts and learners, checked, edited without
/// overwriting, read by the right people, and the partner's history.</summary>
public sealed class PartnershipEventTests(SillageApp app) : IClassFixture<SillageApp>
{
    private Task<Guid> HostAsync(string name) => app.WithDbAsync(db => db.HostOrganisations.Where(h => h.Name == name).Select(h => h.Id).SingleAsync());

    private Task<Guid> CohortAsync(string name) => app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    private Task<Guid> UserAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>Sends the event form with its values, plus the checkboxes ticked (several values for one name).</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Page page, Dictionary<string, string?> values, params (string Field, Guid Value)[] ticked)
    {
        var (target, fields, _) = Html.FormFields(page, "#event-form", values);
        fields.AddRange(ticked.Select(t => new KeyValuePair<string, string>(t.Field, t.Value.ToString())));
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    private static Dictionary<string, string?> Breakfast(string title) => new()
    {
        ["Input.Kind"] = nameof(PartnershipKind.CompanyBreakfast), ["Input.Title"] = title, ["Input.Date"] = "2026-11-12",
        ["Input.StartTime"] = "08:00", ["Input.EndTime"] = "10:00", ["Input.Place"] = "CDI",
    };

    [Fact]
    public async Task The_referent_records_an_event_with_two_partners_the_cohort_and_learners_and_the_partner_shows_it()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var (duval, mairie) = (await HostAsync("Imprimerie Duval & Fils"), await HostAsync("Mairie de Ville-Fictive"));
        var cohort = await CohortAsync(DemoSeeder.CohortName);
        var learner = await UserAsync(Accounts.Learner);
        var form = await referent.GetPageAsync("/partenaires/evenements/nouveau");

        var response = await SendAsync(referent, form, new(Breakfast("Petit déjeuner des imprimeurs")) { ["Input.Contributions[0].PartnerId"] = duval.ToString(), ["Input.Contributions[0].Amount"] = "250.50", ["Input.Contributions[0].SchoolYear"] = "2026-2027" },
            ("Input.PartnerIds", duval), ("Input.PartnerIds", mairie), ("Input.CohortIds", cohort), ("Input.LearnerIds", learner));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.PartnershipActions.AsNoTracking().Include(a => a.Partners).Include(a => a.Cohorts).Include(a => a.Learners).Include(a => a.Contributions)
            .SingleAsync(a => a.Title == "Petit déjeuner des imprimeurs"));
        Assert.Equal(new[] { duval, mairie }.Order(), saved.Partners.Select(p => p.HostOrganisationId).Order());
        Assert.Equal(cohort, Assert.Single(saved.Cohorts).CohortId);
        Assert.Equal(learner, Assert.Single(saved.Learners).LearnerId);
        Assert.Equal(250.50m, Assert.Single(saved.Contributions).Amount);
        Assert.Equal(await app.EstablishmentOfAsync(Accounts.Coordinator), saved.EstablishmentId);

        var history = await referent.GetPageAsync($"/partenaires/{mairie}");
        Assert.Contains("Petit déjeuner des imprimeurs", history.Text, StringComparison.Ordinal);
        // The demo recorded 800,50 € from Duval for the year: the page sums the year's amounts.
        var duvalPage = await referent.GetPageAsync($"/partenaires/{duval}");
        Assert.Contains("051,00 €", duvalPage.Find("section[aria-labelledby=tax]")!.TextContent, StringComparison.Ordinal);
        var mine = await (await app.SignInAsync(Accounts.Learner)).GetPageAsync("/partenaires/mes-evenements");
        Assert.Contains("Petit déjeuner des imprimeurs", mine.Text, StringComparison.Ordinal);
        var other = await (await app.SignInAsync(Accounts.OtherLearner)).GetPageAsync("/partenaires/mes-evenements");
        Assert.DoesNotContain("Petit déjeuner des imprimeurs", other.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "250,50")]
    [InlineData("en", "250,50")]
    [InlineData("en", "250.50")]
    [InlineData("fr", "250.50")]
    public async Task An_amount_reads_the_same_in_every_language_whether_typed_with_a_comma_or_a_point(string language, string amount)
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        referent.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var mairie = await HostAsync("Mairie de Ville-Fictive");
        var title = $"Montant {language} {amount}";
        var form = await referent.GetPageAsync("/partenaires/evenements/nouveau");

        var response = await SendAsync(referent, form, new(Breakfast(title)) { ["Input.Contributions[0].PartnerId"] = mairie.ToString(), ["Input.Contributions[0].Amount"] = amount, ["Input.Contributions[0].SchoolYear"] = "2026-2027" },
            ("Input.PartnerIds", mairie));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(250.50m, await app.WithDbAsync(db => db.PartnershipActions.Where(a => a.Title == title).SelectMany(a => a.Contributions).Select(c => c.Amount).SingleAsync()));
    }

    [Fact]
    public async Task An_amount_with_two_separators_is_refused_with_a_message_and_nothing_is_saved()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var mairie = await HostAsync("Mairie de Ville-Fictive");
        var form = await referent.GetPageAsync("/partenaires/evenements/nouveau");

        var page = await (await SendAsync(referent, form, new(Breakfast("Montant ambigu")) { ["Input.Contributions[0].PartnerId"] = mairie.ToString(), ["Input.Contributions[0].Amount"] = "1.250,50", ["Input.Contributions[0].SchoolYear"] = "2026-2027" },
            ("Input.PartnerIds", mairie))).ToPageAsync();

        Assert.Contains(page.Errors(), e => e.Contains("« 1.250,50 » n'est pas valide", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync(db => db.PartnershipActions.AnyAsync(a => a.Title == "Montant ambigu")));
    }

    [Theory]
    [InlineData("Input.EndTime", "07:30", "Input.Hours", "", "L'heure de fin doit être après l'heure de début.")]
    [InlineData("Input.Hours", "3", "Input.Kind", "Intervention", "Les heures comptées (3 h) dépassent la durée de l'évènement (2 h).")]
    [InlineData("Input.Hours", "0", "Input.Kind", "Intervention", "Le nombre d'heures doit être supérieur à 0 et au plus 200.")]
    [InlineData("Input.Date", "2040-01-01", "Input.Place", "", "La date doit être comprise entre le 16/11/2016 et le 16/11/2028.")]
    public async Task Bad_input_is_refused_in_french_and_nothing_is_saved(string field, string value, string other, string otherValue, string message)
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var form = await referent.GetPageAsync("/partenaires/evenements/nouveau");
        var before = await app.WithDbAsync(db => db.PartnershipActions.CountAsync());

        var page = await (await SendAsync(referent, form, new(Breakfast("Refusé")) { [field] = value, [other] = otherValue })).ToPageAsync();

        Assert.Contains(message, page.Errors());
        Assert.Equal(before, await app.WithDbAsync(db => db.PartnershipActions.CountAsync()));
    }

    [Fact]
    public async Task A_bad_amount_and_a_learner_outside_the_ticked_cohorts_are_refused()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var duval = await HostAsync("Imprimerie Duval & Fils");
        var learner = await UserAsync(Accounts.Learner);
        var form = await referent.GetPageAsync("/partenaires/evenements/nouveau");

        var page = await (await SendAsync(referent, form, new(Breakfast("Refusé")) { ["Input.Contributions[0].PartnerId"] = duval.ToString(), ["Input.Contributions[0].Amount"] = "10.555", ["Input.Contributions[0].SchoolYear"] = "2026-2027" },
            ("Input.PartnerIds", duval), ("Input.LearnerIds", learner))).ToPageAsync();

        Assert.Contains("Le montant est un nombre d'euros positif, avec deux décimales au plus.", page.Errors());
        Assert.Contains("Seuls les apprenants des promotions cochées peuvent être indiqués comme participants.", page.Errors());
        Assert.False(await app.WithDbAsync(db => db.PartnershipActions.AnyAsync(a => a.Title == "Refusé")));
    }

    [Fact]
    public async Task Another_establishments_partner_cohort_or_learner_is_refused()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var foreignHost = await HostAsync("Cabinet Arnoux Conseil");
        var foreignCohort = await CohortAsync(DemoSeeder.SecondCohortName);
        var foreignLearner = await UserAsync(Accounts.Other.Learner);
        var form = await referent.GetPageAsync("/partenaires/evenements/nouveau");

        var page = await (await SendAsync(referent, form, Breakfast("Étranger"), ("Input.PartnerIds", foreignHost), ("Input.CohortIds", foreignCohort), ("Input.LearnerIds", foreignLearner))).ToPageAsync();

        Assert.Contains("Un des partenaires choisis n'est pas dans l'annuaire de l'établissement.", page.Errors());
        Assert.Contains("Une des promotions choisies n'est pas une promotion de l'établissement.", page.Errors());
        Assert.False(await app.WithDbAsync(db => db.PartnershipActions.AnyAsync(a => a.Title == "Étranger")));
    }

    [Fact]
    public async Task A_stale_edit_form_is_refused_and_overwrites_nothing()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var establishment = await app.EstablishmentOfAsync(Accounts.Coordinator);
        var id = await app.WithDbAsync(db => db.PartnershipActions.Where(a => a.Title == "Hackathon inter-établissements" && a.EstablishmentId == establishment).Select(a => a.Id).SingleAsync());
        var first = await referent.GetPageAsync($"/partenaires/evenements/{id}/modifier");
        var second = await referent.GetPageAsync($"/partenaires/evenements/{id}/modifier");
        Assert.Equal(HttpStatusCode.Redirect, (await referent.SubmitAsync(first, "#event-form", new() { ["Input.Place"] = "Incubateur, salle 2" })).StatusCode);

        var stale = await (await referent.SubmitAsync(second, "#event-form", new() { ["Input.Place"] = "Ailleurs" })).ToPageAsync();

        Assert.Contains(stale.Errors(), e => e.StartsWith("Cet évènement a été modifié par quelqu'un d'autre", StringComparison.Ordinal));
        Assert.Equal("Incubateur, salle 2", await app.WithDbAsync(db => db.PartnershipActions.Where(a => a.Id == id).Select(a => a.Place).SingleAsync()));
        // The partners, cohort and learners were kept by the first save.
        Assert.Equal(4, await app.WithDbAsync(db => db.PartnershipActionLearners.CountAsync(l => l.ActionId == id)));
    }

    [Fact]
    public async Task The_referent_deletes_an_event_of_the_establishment_but_not_another_ones()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var other = await app.SignInAsync(Accounts.Other.Coordinator);
        var id = await app.WithDbAsync(db => db.PartnershipActions.Where(a => a.Title == "Table ronde : entreprendre dans le numérique" && db.HostOrganisations.Any(h => h.EstablishmentId == a.EstablishmentId && h.Name == "Start'Ouest")).Select(a => a.Id).SingleAsync());
        var edit = await referent.GetPageAsync($"/partenaires/evenements/{id}/modifier");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/partenaires/evenements/{id}/modifier")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await referent.SubmitAsync(edit, "form[action*='handler=Delete']")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.PartnershipActions.AnyAsync(a => a.Id == id)));
    }

    [Fact]
    public async Task A_teacher_reads_the_events_of_their_cohorts_and_cannot_record_one()
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);

        var list = await teacher.GetPageAsync("/partenaires/evenements?annee=2026-2027");

        Assert.Contains("Forum des métiers du numérique", list.Text, StringComparison.Ordinal);
        Assert.Null(list.Find("a[href='/partenaires/evenements/nouveau']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/partenaires/evenements/nouveau")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/partenaires/bilan")).StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_kind_partner_and_cohort()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var pixel = await HostAsync("Agence Pixel & Sens");

        var interventions = await referent.GetPageAsync("/partenaires/evenements?annee=2026-2027&type=Intervention");
        var withPixel = await referent.GetPageAsync($"/partenaires/evenements?annee=2026-2027&partenaire={pixel}");
        var lastYear = await referent.GetPageAsync("/partenaires/evenements?annee=2025-2026");

        Assert.Equal(2, interventions.FindAll("tbody tr").Count());
        Assert.Contains("Sensibilisation à l'hygiène numérique", interventions.Text, StringComparison.Ordinal);
        Assert.Contains("Petit déjeuner d'entreprises : les métiers du numérique", withPixel.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Forum des métiers du numérique", withPixel.Text, StringComparison.Ordinal);
        Assert.Empty(lastYear.FindAll("tbody tr"));
    }

    [Fact]
    public async Task Speaker_hours_are_the_interventions_of_the_cohort_one_line_each()
    {
        var cohort = await CohortAsync(DemoSeeder.CohortName);

        var hours = await app.WithDbAsync(db => SpeakerHours.ForCohortAsync(db, cohort, CancellationToken.None));

        Assert.Equal([("Référencement et e-réputation : retour d'expérience", 2m), ("Sensibilisation à l'hygiène numérique", 2m)], hours.Select(h => (h.Title, h.Hours)));
        Assert.True(hours[0].Date < hours[1].Date);
        Assert.Empty(await app.WithDbAsync(db => SpeakerHours.ForCohortAsync(db, Guid.NewGuid(), CancellationToken.None)));
    }
}
