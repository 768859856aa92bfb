using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Tests.Pages.Pfmp;

/// <summary>Planning periods, counting days, and who sees which period.</summary>
public sealed class PeriodTests(SillageApp app) : IClassFixture<SillageApp>
{
    private async Task<(HttpClient Client, Page Page)> CreationFormAsync()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        return (referent, await referent.GetPageAsync("/pfmp/nouvelle"));
    }

    private Task<Guid> IdAsync(string table, string name) => app.WithDbAsync(db => table switch
    {
        "host" => db.HostOrganisations.Where(h => h.Name == name).Select(h => h.Id).SingleAsync(),
        "contact" => db.HostContacts.Where(c => c.LastName == name).Select(c => c.Id).SingleAsync(),
        _ => db.Users.Where(u => u.Email == name).Select(u => u.Id).SingleAsync(),
    });

    [Fact]
    public async Task A_manager_plans_a_period_whose_tutor_gets_a_tutor_account_and_whose_convention_is_a_draft()
    {
        var (referent, form) = await CreationFormAsync();
        var lucas = await IdAsync("user", PfmpLookups.LearnerEmail(5));
        var created = await referent.SubmitAndFollowAsync(form, "main form", new()
        {
            ["Input.LearnerId"] = lucas.ToString(),
            ["Input.HostOrganisationId"] = (await IdAsync("host", "Agence Pixel & Sens")).ToString(),
            ["Input.TutorContactId"] = (await IdAsync("contact", "Caradec")).ToString(),
            ["Input.Start"] = "2027-03-01",
            ["Input.End"] = "2027-03-26",
            ["Input.WeeklyHours"] = "35",
            ["Input.PlannedActivities"] = "Refonte du site vitrine.",
        });

        Assert.Contains("Période créée pour", created.Text, StringComparison.Ordinal);
        var period = await app.WithDbAsync(db => db.PfmpPeriods.Include(p => p.Convention).SingleAsync(p => p.LearnerId == lucas));
        Assert.Equal(ConventionStatus.Draft, period.Convention.Status);
        Assert.Equal(WorkWeek.MondayToFriday, period.WorkingDays);
        var tutorIsTutor = await app.WithDbAsync(db => db.UserRoles.AnyAsync(ur => ur.UserId == period.TutorId
            && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Tutor)));
        Assert.True(tutorIsTutor);
        Assert.Contains("20", created.Find(".stat")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_dates_rhythm_and_hours_are_french_form_errors()
    {
        var (referent, form) = await CreationFormAsync();
        var answer = await (await referent.SubmitAsync(form, "main form", new()
        {
            ["Input.LearnerId"] = (await IdAsync("user", PfmpLookups.LearnerEmail(7))).ToString(),
            ["Input.HostOrganisationId"] = (await IdAsync("host", "Agence Pixel & Sens")).ToString(),
            ["Input.Start"] = "2027-03-26",
            ["Input.End"] = "2027-03-01",
            ["Input.WeeklyHours"] = "60",
            ["Input.Days"] = null,
        })).ToPageAsync();

        var errors = answer.Errors();
        Assert.Contains("Le dernier jour de la période doit suivre le premier.", errors);
        Assert.Contains("Cochez au moins un jour de présence dans la semaine.", errors);
        Assert.Contains("La durée hebdomadaire doit être comprise entre 1 et 48 heures.", errors);
    }

    [Fact]
    public async Task A_tutor_from_another_structure_is_refused()
    {
        var (referent, form) = await CreationFormAsync();
        var answer = await (await referent.SubmitAsync(form, "main form", new()
        {
            ["Input.LearnerId"] = (await IdAsync("user", PfmpLookups.LearnerEmail(8))).ToString(),
            ["Input.HostOrganisationId"] = (await IdAsync("host", "Agence Pixel & Sens")).ToString(),
            ["Input.TutorContactId"] = (await IdAsync("contact", "Duval")).ToString(),
            ["Input.Start"] = "2027-03-01",
            ["Input.End"] = "2027-03-26",
        })).ToPageAsync();

        Assert.Contains("Le tuteur choisi n'est pas un contact de cette structure d'accueil.", answer.Errors());
    }

    [Fact]
    public async Task An_overlapping_period_is_refused_until_the_manager_confirms_it()
    {
        var (referent, form) = await CreationFormAsync();
        var hugo = await IdAsync("user", PfmpLookups.LearnerEmail(1));
        var values = new Dictionary<string, string?>
        {
            ["Input.LearnerId"] = hugo.ToString(),
            ["Input.HostOrganisationId"] = (await IdAsync("host", "Mairie de Ville-Fictive")).ToString(),
            ["Input.Start"] = "2026-11-23",
            ["Input.End"] = "2026-12-04",
        };

        var refused = await (await referent.SubmitAsync(form, "main form", values)).ToPageAsync();
        var error = Assert.Single(refused.Errors());
        Assert.StartsWith("Cette période chevauche « Cabinet Lemoine Conseil, du 02/11/2026 au 27/11/2026 » du 23/11/2026 au 27/11/2026 (5 jour(s) en commun", error, StringComparison.Ordinal);
        var before = await app.WithDbAsync(db => db.PfmpPeriods.CountAsync(p => p.LearnerId == hugo));

        values["Input.ConfirmOverlap"] = "true";
        var created = await referent.SubmitAndFollowAsync(refused, "main form", values);

        Assert.Equal(before + 1, await app.WithDbAsync(db => db.PfmpPeriods.CountAsync(p => p.LearnerId == hugo)));
        Assert.Contains("Chevauchement :", created.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_shows_who_is_short_and_the_overlaps_with_periods_and_holidays()
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);

        var overview = await teacher.GetPageAsync("/pfmp");

        var manon = overview.FindAll("tbody tr").Single(r => r.TextContent.Contains("MERCIER Manon", StringComparison.Ordinal)).TextContent;
        Assert.Contains("Chevauchement : Imprimerie Duval & Fils (14/12) et Start'Ouest (04/01) (5 j)", manon, StringComparison.Ordinal);
        Assert.Contains("pendant « Vacances de Noël (démonstration) » (10 j)", manon, StringComparison.Ordinal);
        Assert.Contains("plusieurs", manon, StringComparison.Ordinal);
        var lucas = overview.FindAll("tbody tr").Single(r => r.TextContent.Contains("FOURNIER Lucas", StringComparison.Ordinal)).TextContent;
        Assert.Contains("manque 12 sem.", lucas, StringComparison.Ordinal);
        var lea = overview.FindAll("tbody tr").Single(r => r.TextContent.Contains("MOREAU Léa", StringComparison.Ordinal)).TextContent;
        Assert.Contains("une seule", lea, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_learner_sees_only_their_own_periods_and_cannot_sign_someone_elses()
    {
        var hugo = await app.SignInAsync(Accounts.OtherLearner);
        var lea = await app.PeriodAsync(0);

        var mine = await hugo.GetPageAsync("/pfmp/mes-periodes");
        Assert.DoesNotContain("Léa Moreau", mine.Text, StringComparison.Ordinal);
        Assert.Contains("Hugo Lefèvre", mine.Text, StringComparison.Ordinal);

        var token = mine.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await hugo.PostAsync($"/pfmp/mes-periodes?handler=Sign&periodId={lea}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = Guid.NewGuid().ToString(), ["read"] = "true", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hugo.GetAsync($"/pfmp/mes-periodes?handler=Print&periodId={lea}")).StatusCode);
    }

    [Fact]
    public async Task The_learner_page_counts_done_days_minus_absences()
    {
        var learner = await app.SignInAsync(Accounts.Learner);

        var mine = await learner.GetPageAsync("/pfmp/mes-periodes");

        // Léa: 2–16 November is 11 days, minus the absence of Thursday 5 November.
        Assert.Contains("Effectué : 2 sem. sur 12 semaines", mine.Text, StringComparison.Ordinal);
        Assert.Contains("Rendez-vous médical", mine.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_teacher_records_a_visit_of_a_learner_they_follow_but_not_of_others()
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var lea = await app.PeriodAsync(0);
        var page = await teacher.GetPageAsync($"/pfmp/periodes/{lea}/visites");

        var future = await (await teacher.SubmitAsync(page, "form[action*='handler=Record'][action*='visitId']",
            new() { ["Visit.Date"] = "2026-11-20", ["Visit.PeopleMet"] = "Julien Morel" })).ToPageAsync();
        Assert.Contains("Une visite ne peut pas être enregistrée avant d'avoir eu lieu : planifiez-la plutôt.", future.Errors());

        var done = await teacher.SubmitAndFollowAsync(page, "form[action*='handler=Record'][action*='visitId']",
            new() { ["Visit.Date"] = "2026-11-16", ["Visit.PeopleMet"] = "Julien Morel (tuteur)", ["Visit.Notes"] = "Léa présente le projet d'intranet." });
        Assert.Contains("Visite effectuée le", done.Text, StringComparison.Ordinal);
        Assert.Contains("Léa présente le projet d'intranet.", done.Text, StringComparison.Ordinal);

        // Hugo is followed by another teacher: the page is readable, the forms are not there and a forged post is refused.
        var hugo = await app.PeriodAsync(1, skip: 1);
        var other = await teacher.GetPageAsync($"/pfmp/periodes/{hugo}/visites");
        Assert.Null(other.Find("form[action*='handler=Plan']"));
        var token = page.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await teacher.PostAsync($"/pfmp/periodes/{hugo}/visites?handler=Plan",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Visit.Date"] = "2026-11-20", ["Visit.Mode"] = "OnSite", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task A_signed_period_cannot_be_edited()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var lea = await app.PeriodAsync(0);

        var page = await referent.GetPageAsync($"/pfmp/periodes/{lea}/modifier");

        Assert.Contains("La convention a été envoyée ou signée : la période ne peut plus être modifiée.", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Find("main form[method=post]:not([action*='Logout'])"));
    }
}
