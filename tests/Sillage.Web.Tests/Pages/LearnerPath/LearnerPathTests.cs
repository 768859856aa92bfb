using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Suivi;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.LearnerPath;
using Sillage.Web.Tests.Pages.Pfmp;

namespace Sillage.Web.Tests.Pages.LearnerPath;

/// <summary>
/// Learners' paths (issue #20 items 1–3) on the demo, whose clock is Monday 16 November 2026: apprenant12 is an
/// apprentice (contract from Monday 7 September, two weeks in the company then one at school), apprenant11 an adult
/// in continuing education funded for 600 hours.
/// </summary>
public sealed class LearnerPathTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static readonly string Apprentice = DemoSeeder.LearnerEmail(11);
    private static readonly string Adult = DemoSeeder.LearnerEmail(10);

    private Task<Guid> UserAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<Guid> HostAsync(string name) => app.WithDbAsync(db => db.HostOrganisations.Where(h => h.Name == name).Select(h => h.Id).SingleAsync());

    [Fact]
    public async Task The_apprentices_company_time_counts_towards_the_twelve_weeks_by_the_contracts_alternation()
    {
        var apprentice = await UserAsync(Apprentice);
        var page = await (await app.SignInAsync(Accounts.Teacher)).GetPageAsync($"/suivi/apprenants/{apprentice}/parcours");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Apprenti(e)", page.Find("#profile-status")!.TextContent.Trim());
        // 7 September → 16 November: company weeks 0, 1, 3, 4, 6, 7, 9 (35 days) and Monday of week 10.
        Assert.Equal("7 semaine(s) effectuée(s) sur 12 (36 jours sur 60).", page.Find("#pfmp-progress")!.TextContent.Trim());
        var contract = page.Find("#contracts li")!.TextContent;
        Assert.Contains(PathDemo.ContractNumber, contract, StringComparison.Ordinal);
        Assert.Contains("2 semaine(s) en entreprise puis 1 semaine(s) au centre de formation", contract, StringComparison.Ordinal);
        Assert.Null(page.Find("#profile-form"));

        var own = await (await app.SignInAsync(Apprentice)).GetPageAsync($"/suivi/apprenants/{apprentice}");
        Assert.Equal("7 semaine(s) effectuée(s) sur 12 (36 jours sur 60).", own.Find("#pfmp-progress")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_maitre_dapprentissage_appraises_the_apprentice_through_a_link()
    {
        var apprentice = await UserAsync(Apprentice);
        var contract = await app.WithDbAsync(db => db.PfmpPeriods.Where(p => p.LearnerId == apprentice && p.Kind == PfmpKind.Apprenticeship).Select(p => p.Id).SingleAsync());
        var link = await app.CreateTutorLinkAsync(contract);
        var master = await app.OpenTutorLinkAsync(link);

        var page = await master.GetPageAsync($"/tuteur/periodes/{contract}");
        Assert.Contains("Contrat d'apprentissage", page.Find("#period-kind")!.TextContent, StringComparison.Ordinal);
        var saved = await master.SubmitAndFollowAsync(page, "form[action*='handler=Appraisal']", new()
        {
            ["Appraisal.Levels[0].Level"] = "3",
            ["Appraisal.ActivitiesDone"] = "Mise à jour des sites des clients.",
            ["Appraisal.Comment"] = "Apprenti fiable et curieux.",
        });

        Assert.Contains("Appréciation enregistrée", saved.Text, StringComparison.Ordinal);
        var appraisal = await app.WithDbAsync(db => db.Assessments.Where(a => a.ContextId == contract && a.Context == AssessmentContext.Pfmp).ToListAsync());
        Assert.Equal(3, Assert.Single(appraisal).Level);
        Assert.Equal("Apprenti fiable et curieux.", await app.WithDbAsync(db => db.PfmpPeriods.Where(p => p.Id == contract).Select(p => p.TutorComment).SingleAsync()));
    }

    [Fact]
    public async Task The_referent_records_a_contract_that_opens_at_once_and_whose_master_gets_the_tutor_space()
    {
        var learner = await UserAsync(DemoSeeder.LearnerEmail(8));
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var form = await referent.GetPageAsync($"/pfmp/nouvelle?apprenant={learner}&contrat=true");
        Assert.NotNull(form.Find("#contract-fields"));
        var created = await referent.SubmitAndFollowAsync(form, "main form", new()
        {
            ["Input.HostOrganisationId"] = (await HostAsync("Imprimerie Duval & Fils")).ToString(),
            ["Input.TutorContactId"] = (await app.WithDbAsync(db => db.HostContacts.Where(c => c.LastName == "Duval").Select(c => c.Id).SingleAsync())).ToString(),
            ["Input.Start"] = "2026-11-02", ["Input.End"] = "2027-06-25", ["Input.ContractNumber"] = "ABC-123",
            ["Input.CompanyWeeks"] = "3", ["Input.SchoolWeeks"] = "1", ["Input.WeeklyHours"] = "35",
        });

        Assert.Empty(created.Errors());
        var period = await app.WithDbAsync(db => db.PfmpPeriods.Include(p => p.Convention).SingleAsync(p => p.LearnerId == learner));
        Assert.Equal(PfmpKind.Apprenticeship, period.Kind);
        Assert.Equal(ConventionStatus.SignedOutsidePlatform, period.Convention.Status);
        Assert.Equal((3, 1), (period.AlternationCompanyWeeks, period.AlternationSchoolWeeks));
        Assert.True(period.WorksDuringSchoolHolidays);
        Assert.Contains("ABC-123", created.Find("#period-kind")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(period.TutorId);
        var tutored = await app.WithDbAsync(db => db.PfmpPeriods.AnyAsync(p => p.TutorId == period.TutorId && p.Id == period.Id));
        Assert.True(tutored);
    }

    [Fact]
    public async Task A_contract_over_a_pfmp_convention_or_a_rhythm_without_training_days_is_refused_and_nothing_is_saved()
    {
        var lea = await UserAsync(DemoSeeder.LearnerEmail(0));
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var before = await app.WithDbAsync(db => db.PfmpPeriods.CountAsync());
        var form = await referent.GetPageAsync($"/pfmp/nouvelle?apprenant={lea}&contrat=true");
        var overlap = await (await referent.SubmitAsync(form, "main form", new()
        {
            ["Input.HostOrganisationId"] = (await HostAsync("Imprimerie Duval & Fils")).ToString(),
            ["Input.Start"] = "2026-09-01", ["Input.End"] = "2027-06-25", ["Input.WeeklyHours"] = "35",
        })).ToPageAsync();
        Assert.Contains(overlap.Errors(), e => e.StartsWith("Le contrat d'apprentissage chevauche la PFMP", StringComparison.Ordinal));

        var noSchool = await (await referent.SubmitAsync(form, "main form", new()
        {
            ["Input.LearnerId"] = (await UserAsync(DemoSeeder.LearnerEmail(9))).ToString(),
            ["Input.HostOrganisationId"] = (await HostAsync("Imprimerie Duval & Fils")).ToString(),
            ["Input.Start"] = "2026-11-02", ["Input.End"] = "2027-06-25", ["Input.WeeklyHours"] = "35", ["Input.CompanyWeeks"] = "", ["Input.SchoolWeeks"] = "",
        })).ToPageAsync();
        Assert.Contains(noSchool.Errors(), e => e.StartsWith("Ce rythme ne laisse aucun jour de formation", StringComparison.Ordinal));
        Assert.Equal(before, await app.WithDbAsync(db => db.PfmpPeriods.CountAsync()));
    }

    [Fact]
    public async Task A_pfmp_convention_during_an_apprenticeship_contract_is_refused()
    {
        var apprentice = await UserAsync(Apprentice);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var form = await referent.GetPageAsync($"/pfmp/nouvelle?apprenant={apprentice}");
        Assert.Null(form.Find("#contract-fields"));
        var refused = await (await referent.SubmitAsync(form, "main form", new()
        {
            ["Input.HostOrganisationId"] = (await HostAsync("Imprimerie Duval & Fils")).ToString(),
            ["Input.Start"] = "2027-01-04", ["Input.End"] = "2027-01-29", ["Input.WeeklyHours"] = "35",
        })).ToPageAsync();

        Assert.Contains(refused.Errors(), e => e.StartsWith("L'apprenant est sous contrat d'apprentissage chez", StringComparison.Ordinal));
        Assert.Equal(1, await app.WithDbAsync(db => db.PfmpPeriods.CountAsync(p => p.LearnerId == apprentice)));
    }

    [Fact]
    public async Task An_adults_hours_add_the_sessions_attended_and_the_certificate_is_made_for_the_referent()
    {
        var adult = await UserAsync(Adult);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.GetPageAsync($"/suivi/apprenants/{adult}/parcours");
        Assert.Contains("sur 600 h prévues", page.Find("#training-total")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("3 positionnement(s) d'entrée", page.Find("#entry-count")!.TextContent.Trim(), StringComparison.Ordinal);

        var response = await referent.SubmitAsync(page, "form[action*='handler=Certificate']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/taches/", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.BackgroundJobs.AnyAsync(j => j.Kind == TrainingCertificateJob.JobKind)));

        var learnerView = await (await app.SignInAsync(Adult)).GetPageAsync($"/suivi/apprenants/{adult}/parcours");
        Assert.NotNull(learnerView.Find("#training-hours"));
        Assert.Null(learnerView.Find("form[action*='handler=Certificate']"));
        Assert.Null(learnerView.Find("#profile-form"));
    }

    [Fact]
    public async Task The_referent_edits_a_profile_and_a_stale_form_is_refused_keeping_what_was_typed()
    {
        var learner = await UserAsync(DemoSeeder.LearnerEmail(6));
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var first = await referent.GetPageAsync($"/suivi/apprenants/{learner}/parcours");
        var second = await referent.GetPageAsync($"/suivi/apprenants/{learner}/parcours");
        var saved = await referent.SubmitAndFollowAsync(first, "#profile-form", new()
        {
            ["Input.Status"] = "Continuing", ["Input.PriorDiploma"] = "BacTechno", ["Input.Funder"] = "Région (démonstration)", ["Input.PlannedHours"] = "450",
        });
        Assert.Empty(saved.Errors());
        var profile = await app.WithDbAsync(db => db.LearnerProfiles.SingleAsync(p => p.LearnerId == learner));
        Assert.Equal((LearnerStatus.Continuing, 450), (profile.Status, profile.PlannedHours!.Value));

        var stale = await (await referent.SubmitAsync(second, "#profile-form", new() { ["Input.PriorExperience"] = "Deux ans de service civique." })).ToPageAsync();
        Assert.Contains(stale.Errors(), e => e.StartsWith("Le profil a été modifié par quelqu'un d'autre", StringComparison.Ordinal));
        Assert.Equal("Deux ans de service civique.", stale.Find("#Input_PriorExperience")!.TextContent);
        Assert.Null((await app.WithDbAsync(db => db.LearnerProfiles.SingleAsync(p => p.LearnerId == learner))).PriorExperience);

        var wrong = await (await referent.SubmitAsync(await referent.GetPageAsync($"/suivi/apprenants/{learner}/parcours"), "#profile-form", new()
        {
            ["Input.PriorDiploma"] = "Other", ["Input.PriorDiplomaDetail"] = "", ["Input.PlannedHours"] = "5000",
        })).ToPageAsync();
        Assert.Contains("Précisez le diplôme d'origine.", wrong.Errors());
        Assert.Contains("Les heures prévues vont de 1 à 2000.", wrong.Errors());
        Assert.Equal(PriorDiploma.BacTechno, (await app.WithDbAsync(db => db.LearnerProfiles.SingleAsync(p => p.LearnerId == learner))).PriorDiploma);

        var pupil = await referent.SubmitAndFollowAsync(await referent.GetPageAsync($"/suivi/apprenants/{learner}/parcours"), "#profile-form", new() { ["Input.Status"] = "School" });
        Assert.Empty(pupil.Errors());
        Assert.Null((await app.WithDbAsync(db => db.LearnerProfiles.SingleAsync(p => p.LearnerId == learner))).PlannedHours);
    }

    [Fact]
    public async Task An_adjustment_is_added_and_removed_by_the_referent_and_shown_to_the_team()
    {
        var learner = await UserAsync(DemoSeeder.LearnerEmail(4));
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.GetPageAsync($"/suivi/apprenants/{learner}/parcours");
        var refused = await (await referent.SubmitAsync(page, "#adjustment-form", new() { ["Adjustment.Reason"] = "" })).ToPageAsync();
        Assert.Contains("Choisissez la situation ou décrivez la partie du parcours aménagée.", refused.Errors());
        Assert.False(await app.WithDbAsync(db => db.PathAdjustments.AnyAsync(a => a.LearnerId == learner)));

        var added = await referent.SubmitAndFollowAsync(page, "#adjustment-form", new() { ["Adjustment.Part"] = "Anglais renforcé", ["Adjustment.Reason"] = "Niveau B1 à l'entrée" });
        Assert.Contains("Anglais renforcé — Niveau B1 à l'entrée", added.Find("#adjustments")!.TextContent, StringComparison.Ordinal);
        var teacherView = await (await app.SignInAsync(Accounts.Teacher)).GetPageAsync($"/suivi/apprenants/{learner}/parcours");
        Assert.Contains("Anglais renforcé", teacherView.Find("#adjustments")!.TextContent, StringComparison.Ordinal);
        Assert.Null(teacherView.Find("#adjustment-form"));

        var removed = await referent.SubmitAndFollowAsync(added, "#adjustments form");
        Assert.NotNull(removed.Find("#no-adjustment"));
    }

    [Fact]
    public async Task Nobody_outside_the_learners_team_reaches_the_path_and_a_teacher_cannot_post()
    {
        var apprentice = await UserAsync(Apprentice);
        var url = $"/suivi/apprenants/{apprentice}/parcours";
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(Accounts.OtherLearner)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(Accounts.Other.Coordinator)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync(Accounts.Tutor)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync(Accounts.Direction)).GetAsync(url)).StatusCode);

        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync(url);
        var token = page.Find("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? (await teacher.GetPageAsync("/compte")).Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var answer = await teacher.PostAsync(url + "?handler=Profile", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Status"] = "School", ["Input.Version"] = Guid.Empty.ToString(), ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal(LearnerStatus.Apprentice, await app.WithDbAsync(db => db.LearnerProfiles.Where(p => p.LearnerId == apprentice).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_entry_positioning_is_offered_as_a_context_of_the_positioning_form()
    {
        var learner = await UserAsync(DemoSeeder.LearnerEmail(3));
        var page = await (await app.SignInAsync(Accounts.Teacher)).GetPageAsync($"/suivi/apprenants/{learner}/positionner?contexte=Entry");
        Assert.Equal(nameof(AssessmentContext.Entry), page.Find("#Input_Context option[selected]")!.GetAttribute("value"));
    }
}
