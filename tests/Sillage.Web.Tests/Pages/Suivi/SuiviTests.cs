using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Suivi;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Suivi;

public sealed class SuiviTests(SillageApp app) : IClassFixture<SillageApp>
{
    private Task<Guid> IdOf(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<Guid> CohortId() => app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync());

    private Task<Guid> ElementId(string code) => app.WithDbAsync(db =>
        db.FrameworkElements.Where(e => e.Code == code && db.Frameworks.Any(f => f.Id == e.FrameworkId && f.Code == "mc-sno")).Select(e => e.Id).SingleAsync());

    [Fact]
    public async Task A_learner_sees_their_dashboard_but_not_another_learners()
    {
        var learner = await app.SignInAsync(Accounts.Learner);
        var own = await learner.GetPageAsync($"/suivi/apprenants/{await IdOf(Accounts.Learner)}");
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Contains("Mon tableau de bord", own.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/suivi/apprenants/{await IdOf(Accounts.OtherLearner)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/suivi/apprenants/{await IdOf(Accounts.OtherLearner)}/competences/{await ElementId("C1.1")}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync($"/suivi/promotions/{await CohortId()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync($"/suivi/apprenants/{await IdOf(Accounts.OtherLearner)}/positionner")).StatusCode);
    }

    [Fact]
    public async Task A_teacher_follows_only_the_learners_of_their_cohorts()
    {
        var (outsider, cohort) = await app.WithDbAsync(async db =>
        {
            var demo = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
            var other = new Cohort { Name = "Promotion voisine", SchoolYear = "2026-2027", EstablishmentId = demo.EstablishmentId, FrameworkId = demo.FrameworkId };
            var person = new Sillage.Web.Data.User { FirstName = "Autre", LastName = "Apprenant", Email = "autre.apprenant@example.org", UserName = "autre.apprenant@example.org" };
            db.Cohorts.Add(other);
            db.Users.Add(person);
            db.CohortMembers.Add(new CohortMember { CohortId = other.Id, PersonId = person.Id, Role = CohortRole.Learner });
            await db.SaveChangesAsync();
            return (person.Id, other.Id);
        });
        var teacher = await app.SignInAsync(Accounts.Teacher);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/suivi/apprenants/{outsider}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/suivi/promotions/{cohort}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/suivi/apprenants/{outsider}/positionner")).StatusCode);
        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/suivi/apprenants/{outsider}")).StatusCode);
    }

    [Fact]
    public async Task A_positioning_shows_in_the_history_and_a_correction_replaces_it()
    {
        var learnerId = await IdOf(DemoSeeder.LearnerEmail(2));
        var element = await ElementId("C3.3");
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var form = await teacher.GetPageAsync($"/suivi/apprenants/{learnerId}/positionner?element={element}");
        var done = await teacher.SubmitAndFollowAsync(form, "main form", new()
        {
            ["Input.Level"] = "4", ["Input.ObservedOn"] = "2026-11-12", ["Input.Context"] = "Situation", ["Input.Comment"] = "Traduction soignée",
        });
        Assert.Contains("Maîtrisé", done.Find("p.lead")!.TextContent, StringComparison.Ordinal);
        var eventId = await app.WithDbAsync(db => db.Assessments.Where(a => a.LearnerId == learnerId && a.ElementId == element).Select(a => a.Id).SingleAsync());

        var correction = await teacher.GetPageAsync($"/suivi/apprenants/{learnerId}/positionner?corrige={eventId}");
        var corrected = await teacher.SubmitAndFollowAsync(correction, "main form", new() { ["Input.Level"] = "2", ["Input.Comment"] = "Erreur de saisie" });
        Assert.Contains("En cours d'acquisition", corrected.Find("p.lead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("corrigé le", corrected.Text, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.Assessments.CountAsync(a => a.LearnerId == learnerId && a.ElementId == element)));

        var again = await teacher.GetAsync($"/suivi/apprenants/{learnerId}/positionner?corrige={eventId}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Bad_positioning_input_gets_french_messages_and_changes_nothing()
    {
        var learnerId = await IdOf(DemoSeeder.LearnerEmail(3));
        var before = await app.WithDbAsync(db => db.Assessments.CountAsync(a => a.LearnerId == learnerId));
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var form = await teacher.GetPageAsync($"/suivi/apprenants/{learnerId}/positionner");
        var page = await teacher.SubmitAndFollowAsync(form, "main form", new() { ["Input.ObservedOn"] = "2027-06-01", ["Input.Level"] = "9" });
        var errors = page.Errors();
        Assert.Contains(errors, e => e.Contains("Choisissez une compétence", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Niveau inconnu : choisissez un niveau", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("date d'observation", StringComparison.Ordinal));
        Assert.Equal(before, await app.WithDbAsync(db => db.Assessments.CountAsync(a => a.LearnerId == learnerId)));
    }

    [Fact]
    public async Task Bulk_positioning_saves_every_row_or_none()
    {
        var cohortId = await CohortId();
        var element = await ElementId("C2.2.2");
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var grid = await teacher.GetPageAsync($"/suivi/promotions/{cohortId}/positionner?element={element}");
        var rows = grid.FindAll("input[name$='.LearnerId']").Count();
        Assert.Equal(12, rows);

        var refused = await teacher.SubmitAndFollowAsync(grid, "main form[method='post']", new() { ["Rows[0].Level"] = "3", ["Rows[1].Level"] = "7" });
        Assert.Contains(refused.Errors(), e => e.Contains(": Niveau inconnu", StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.Assessments.CountAsync(a => a.ElementId == element)));

        var saved = await teacher.SubmitAndFollowAsync(grid, "main form[method='post']", new() { ["Rows[0].Level"] = "3", ["Rows[1].Level"] = "2", ["Rows[2].Comment"] = "absent" });
        Assert.Contains("2 apprenant(s) positionné(s) sur C2.2.2", saved.Text, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.Assessments.CountAsync(a => a.ElementId == element)));
    }

    [Fact]
    public async Task An_interview_action_reaches_the_learner_dashboard_and_the_teacher_list_until_done()
    {
        var learnerEmail = DemoSeeder.LearnerEmail(8);
        var learnerId = await IdOf(learnerEmail);
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var form = await teacher.GetPageAsync($"/suivi/apprenants/{learnerId}/entretiens/nouveau");
        var report = await teacher.SubmitAndFollowAsync(form, "main form", new()
        {
            ["Input.LearnerExplanation"] = "Sarah a expliqué la gestion des droits d'accès.",
            ["Input.Actions[0].Description"] = "Documenter la procédure de gestion des droits",
            ["Input.Actions[0].DueOn"] = "2026-11-30",
            ["Input.Positions[0].ElementId"] = (await ElementId("C2.3.2")).ToString(),
            ["Input.Positions[0].Level"] = "3",
        });
        Assert.Contains("Documenter la procédure de gestion des droits", report.Text, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Assessments.AnyAsync(a => a.LearnerId == learnerId && a.Context == AssessmentContext.Interview)));

        var learner = await app.SignInAsync(learnerEmail);
        var dashboard = await learner.GetPageAsync($"/suivi/apprenants/{learnerId}");
        Assert.Contains("Documenter la procédure de gestion des droits", dashboard.Find("#actions")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Documenter la procédure", (await teacher.GetPageAsync("/suivi/actions")).Text, StringComparison.Ordinal);

        var done = await learner.SubmitAndFollowAsync(dashboard, "form[action*='Done']");
        Assert.DoesNotContain("Documenter la procédure de gestion des droits", done.Find("#actions")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Documenter la procédure", (await teacher.GetPageAsync("/suivi/actions")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_interview_is_refused()
    {
        var learnerId = await IdOf(DemoSeeder.LearnerEmail(9));
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var form = await teacher.GetPageAsync($"/suivi/apprenants/{learnerId}/entretiens/nouveau");
        var page = await teacher.SubmitAndFollowAsync(form, "main form", new() { ["Input.Actions[1].DueOn"] = "2026-12-01" });
        Assert.Contains(page.Errors(), e => e.Contains("sans contenu", StringComparison.Ordinal));
        Assert.Contains(page.Errors(), e => e.Contains("échéance sans description", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync(db => db.Interviews.AnyAsync(i => i.LearnerId == learnerId)));
    }

    [Fact]
    public async Task A_learner_cannot_mark_another_learners_action_done()
    {
        var actionId = await app.WithDbAsync(db => db.AgreedActions.Where(a => a.DoneAt == null && a.LearnerId != db.Users.Where(u => u.Email == Accounts.OtherLearner).Select(u => u.Id).Single()).Select(a => a.Id).FirstAsync());
        var other = await app.SignInAsync(Accounts.OtherLearner);
        var page = await other.GetPageAsync("/suivi/actions");
        var response = await other.SubmitAsync(page, "main form[action*='Done']", null);
        _ = response;
        var forged = await other.PostAsync($"/suivi/actions?handler=Done&id={actionId}", new FormUrlEncodedContent([new("__RequestVerificationToken", page.Find("input[name='__RequestVerificationToken']")!.GetAttribute("value")!)]));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task The_exports_hold_the_heatmap()
    {
        var cohortId = await CohortId();
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var csv = await teacher.GetAsync($"/suivi/promotions/{cohortId}?handler=Export&format=csv");
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(13, lines.Length);
        Assert.StartsWith("Nom;Prénom;Groupe;C1.1 niveau;C1.1 traces", lines[0], StringComparison.Ordinal);

        var xlsx = await teacher.GetAsync($"/suivi/promotions/{cohortId}?handler=Export&format=xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(13, rows.Count);
        Assert.Equal("Nom", rows[0].Descendants<Cell>().First().InnerText);
    }

    [Fact]
    public async Task The_scale_refuses_unreadable_colours()
    {
        var frameworkId = await app.WithDbAsync(db => db.Frameworks.Where(f => f.Code == "mc-sno").Select(f => f.Id).SingleAsync());
        var admin = await app.SignInAsync(Accounts.Admin);
        var page = await admin.GetPageAsync($"/referentiel/{frameworkId}/echelle");
        var refused = await admin.SubmitAndFollowAsync(page, "main form", new() { ["Levels[3].TextColor"] = "#d1e7dd" });
        Assert.Contains(refused.Errors(), e => e.Contains("contraste insuffisant", StringComparison.Ordinal));
        var renamed = await admin.SubmitAndFollowAsync(page, "main form", new() { ["Levels[3].Label"] = "Acquise" });
        Assert.Contains("Échelle enregistrée", renamed.Text, StringComparison.Ordinal);
        Assert.Equal("Acquise", await app.WithDbAsync(db => db.PositioningLevels.Where(l => l.FrameworkId == frameworkId && l.Rank == 3).Select(l => l.Label).SingleAsync()));
        await app.WithDbAsync(db => db.PositioningLevels.Where(l => l.FrameworkId == frameworkId && l.Rank == 3).ExecuteUpdateAsync(s => s.SetProperty(l => l.Label, "Acquis")));
    }
}
