using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Career;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Projet;

/// <summary>
/// The projet professionnel (issue #20 item 5) on the demo: each test works on its own learner so that they share the
/// fixture without meeting (apprenant01 and apprenant02 have the demo's projects; 05 to 10 have none).
/// </summary>
public sealed class ProjetTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static string Learner(int index) => DemoSeeder.LearnerEmail(index);

    private Task<Guid> UserAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<ProfessionalProject?> ProjectAsync(Guid learner) => app.WithDbAsync(db =>
        db.ProfessionalProjects.AsNoTracking().Include(p => p.Steps).Include(p => p.Links).Include(p => p.Revisions).AsSplitQuery().SingleOrDefaultAsync(p => p.LearnerId == learner));

    [Fact]
    public async Task A_learner_writes_their_project_with_steps_and_links_and_the_history_keeps_who_and_when()
    {
        var email = Learner(4);
        var id = await UserAsync(email);
        var trace = await app.WithDbAsync(db => db.Traces.Where(t => t.LearnerId == id && t.DeletedAt == null).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        var client = await app.SignInAsync(email);
        var form = await client.GetPageAsync("/projet");
        var page = await client.SubmitAndFollowAsync(form, "#project-form", new()
        {
            ["Input.Occupation"] = "Gestionnaire de parc informatique",
            ["Input.SelfKnowledge"] = "J'aime le contact avec les utilisateurs.",
            ["Input.Steps[0].Description"] = "Rencontrer un technicien de la mairie",
            ["Input.Steps[0].TargetOn"] = "2026-12-15",
            ["Input.TraceIds"] = trace.ToString(),
        });

        Assert.Empty(page.Errors());
        var project = await ProjectAsync(id);
        Assert.NotNull(project);
        Assert.Equal("Gestionnaire de parc informatique", project.Occupation);
        var step = Assert.Single(project.Steps);
        Assert.Equal(new DateOnly(2026, 12, 15), step.TargetOn);
        Assert.Equal(trace, Assert.Single(project.Links).TargetId);
        var revision = Assert.Single(project.Revisions);
        Assert.Equal((id, 1, ProjectChange.Edited), (revision.ChangedById!.Value, revision.Version, revision.Change));
        Assert.Single(page.FindAll("#project-history li"));

        // Emptying a step's description removes it; the history grows.
        page = await client.SubmitAndFollowAsync(page, "#project-form", new() { ["Input.Steps[0].Description"] = "" });
        Assert.Empty(page.Errors());
        project = await ProjectAsync(id);
        Assert.Empty(project!.Steps);
        Assert.Equal(2, project.Revisions.Count);
    }

    [Fact]
    public async Task A_project_without_an_aim_or_with_an_undated_step_is_refused_in_french()
    {
        var email = Learner(5);
        var client = await app.SignInAsync(email);
        var page = await client.SubmitAndFollowAsync(await client.GetPageAsync("/projet"), "#project-form", new()
        {
            ["Input.Steps[0].Description"] = "Préparer un CV",
        });

        Assert.Contains("Indiquez ce que vous visez : un métier, un secteur ou une poursuite d'études.", page.Errors());
        Assert.Contains("Étape 1 : indiquez une date visée.", page.Errors());
        Assert.Equal("Préparer un CV", page.Find("#step-0")!.GetAttribute("value"));
        Assert.Null(await ProjectAsync(await UserAsync(email)));
    }

    [Fact]
    public async Task A_stale_form_is_refused_the_learners_text_is_kept_and_sending_it_again_saves_it()
    {
        var email = Learner(6);
        var id = await UserAsync(email);
        var client = await app.SignInAsync(email);
        await client.SubmitAndFollowAsync(await client.GetPageAsync("/projet"), "#project-form", new() { ["Input.Sector"] = "Santé" });
        var first = await client.GetPageAsync("/projet");
        var second = await client.GetPageAsync("/projet");
        await client.SubmitAndFollowAsync(first, "#project-form", new() { ["Input.Sector"] = "Santé et médico-social" });

        var refused = await client.SubmitAndFollowAsync(second, "#project-form", new() { ["Input.FurtherStudies"] = "BTS SIO option SISR" });
        Assert.Contains(refused.Errors(), e => e.StartsWith("Votre projet a été modifié entre-temps", StringComparison.Ordinal));
        Assert.Equal("BTS SIO option SISR", refused.Find("#Input_FurtherStudies")!.GetAttribute("value"));
        Assert.Null((await ProjectAsync(id))!.FurtherStudies);

        var saved = await client.SubmitAndFollowAsync(refused, "#project-form");
        Assert.Empty(saved.Errors());
        Assert.Equal("BTS SIO option SISR", (await ProjectAsync(id))!.FurtherStudies);
    }

    [Fact]
    public async Task A_learner_cannot_link_another_learners_trace()
    {
        var email = Learner(7);
        var other = await app.WithDbAsync(db => db.Traces.Where(t => db.Users.Any(u => u.Id == t.LearnerId && u.Email == Accounts.OtherLearner)).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        var client = await app.SignInAsync(email);
        var page = await client.SubmitAndFollowAsync(await client.GetPageAsync("/projet"), "#project-form", new()
        {
            ["Input.Occupation"] = "Développeur web", ["Input.TraceIds"] = other.ToString(),
        });

        Assert.Contains("Choisissez parmi vos propres traces, périodes de PFMP et entretiens.", page.Errors());
        var project = await ProjectAsync(await UserAsync(email));
        Assert.DoesNotContain(project?.Links ?? [], l => l.TargetId == other);
    }

    [Fact]
    public async Task The_cohorts_teacher_and_the_referent_read_the_project_on_the_dashboard_the_direction_tutor_and_other_establishment_do_not()
    {
        var learner = await UserAsync(Accounts.Learner);
        var path = $"/suivi/apprenants/{learner}";
        foreach (var email in new[] { Accounts.Teacher, Accounts.Coordinator, Accounts.Learner })
        {
            var page = await (await app.SignInAsync(email)).GetPageAsync(path);
            Assert.Contains("Technicien(ne) d'assistance informatique", page.Find("section[aria-labelledby=project]")?.TextContent ?? "", StringComparison.Ordinal);
        }

        var direction = await (await app.SignInAsync(Accounts.Direction)).GetPageAsync(path);
        Assert.Null(direction.Find("section[aria-labelledby=project]"));
        Assert.DoesNotContain("Technicien(ne) d'assistance informatique", direction.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(Accounts.Other.Coordinator)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync(Accounts.Tutor)).GetAsync("/projet")).StatusCode);

        // Another learner's dashboard and project stay closed to a learner.
        var other = await (await app.SignInAsync(Accounts.OtherLearner)).GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task A_teacher_adds_a_step_during_an_interview_and_it_is_saved_with_the_interview()
    {
        var email = Learner(1);
        var learner = await UserAsync(email);
        var before = (await ProjectAsync(learner))!;
        var learnerClient = await app.SignInAsync(email);
        var learnersForm = await learnerClient.GetPageAsync("/projet");

        var teacher = await app.SignInAsync(Accounts.Teacher);
        var form = await teacher.GetPageAsync($"/suivi/apprenants/{learner}/entretiens/nouveau");
        Assert.Contains("Communication numérique", form.Find("#interview-project")!.TextContent, StringComparison.Ordinal);
        var page = await teacher.SubmitAndFollowAsync(form, "main form", new()
        {
            ["Input.Strengths"] = "Projet réfléchi.", ["Input.ProjectStep"] = "Comparer deux BTS en alternance", ["Input.ProjectStepTargetOn"] = "2027-01-20",
        });

        Assert.Empty(page.Errors());
        var interview = await app.WithDbAsync(db => db.Interviews.Where(i => i.LearnerId == learner && i.Strengths == "Projet réfléchi.").Select(i => new { i.Id, i.HeldOn }).SingleAsync());
        var after = (await ProjectAsync(learner))!;
        var added = Assert.Single(after.Steps, s => s.Description == "Comparer deux BTS en alternance");
        Assert.Equal((interview.Id, interview.HeldOn, await UserAsync(Accounts.Teacher)), (added.InterviewId!.Value, added.InterviewHeldOn!.Value, added.AddedById!.Value));
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Contains(after.Revisions, r => r.Change == ProjectChange.AddedInInterview && r.InterviewId == interview.Id);

        // The learner's page says where the step comes from; the form they had open is refused, the step kept.
        var refused = await learnerClient.SubmitAndFollowAsync(learnersForm, "#project-form", new() { ["Input.Sector"] = "Communication" });
        Assert.Contains(refused.Errors(), e => e.StartsWith("Votre projet a été modifié entre-temps", StringComparison.Ordinal));
        var resent = await learnerClient.SubmitAndFollowAsync(refused, "#project-form");
        Assert.Empty(resent.Errors());
        Assert.Contains("ajoutée lors de l'entretien du", resent.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains((await ProjectAsync(learner))!.Steps, s => s.InterviewId == interview.Id);
    }

    [Fact]
    public async Task A_step_for_a_learner_without_a_project_is_refused_and_the_interview_is_not_saved()
    {
        var learner = await UserAsync(Learner(9));
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var form = await teacher.GetPageAsync($"/suivi/apprenants/{learner}/entretiens/nouveau");
        var page = await teacher.SubmitAndFollowAsync(form, "main form", new()
        {
            ["Input.Strengths"] = "Entretien sans projet.", ["Input.ProjectStep"] = "Chercher une formation",
        });

        Assert.Contains("L'apprenant n'a pas encore rédigé son projet professionnel : rien ne peut y être ajouté.", page.Errors());
        Assert.False(await app.WithDbAsync(db => db.Interviews.AnyAsync(i => i.LearnerId == learner && i.Strengths == "Entretien sans projet.")));
    }
}
