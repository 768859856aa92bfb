using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.People;
using Sillage.Domain.Situations;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Situations;

namespace Sillage.Web.Tests.Pages.Situations;

/// <summary>Situations given to a cohort, a group or chosen learners: learners see theirs only, teachers see who
/// has each mission, and the coverage matrix follows what the cohort plans.</summary>
public sealed class AssignmentTests(SillageApp app) : IClassFixture<SillageApp>
{
    private Task<Guid> SituationAsync(string code) => app.WithDbAsync(db => db.Situations.Where(s => s.Code == code).Select(s => s.Id).SingleAsync());

    private Task<Guid> FirstMissionAsync(Guid situation) =>
        app.WithDbAsync(db => db.Missions.Where(m => m.SituationId == situation).OrderBy(m => m.SortOrder).Select(m => m.Id).FirstAsync());

    [Fact]
    public async Task A_learner_sees_the_situations_of_their_cohort_and_group_only()
    {
        var learner = await app.SignInAsync(Accounts.Learner);
        var mine = await learner.GetPageAsync("/mes-situations");
        var current = mine.Find("#status-Current")!.ParentElement!.TextContent;
        Assert.Contains("Situation 3 — Sensibiliser les salariés après une attaque virale", current, StringComparison.Ordinal);
        Assert.Contains("Situation 1 — Une nouvelle offre pour les professionnels", mine.Find("#status-Past")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Situation 4 — Le module de gestion des congés du PGI", mine.Find("#status-Upcoming")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Situation 2", mine.Text, StringComparison.Ordinal);

        var groupB = await SituationAsync("vosreves-situation-2");
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/situations/{groupB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/situations/{groupB}/missions/{await FirstMissionAsync(groupB)}")).StatusCode);
        var s3 = await SituationAsync("vosreves-situation-3");
        var mission = await learner.GetPageAsync($"/situations/{s3}/missions/{await FirstMissionAsync(s3)}");
        Assert.Contains("Mes productions pour cette mission", mission.Text, StringComparison.Ordinal);
        Assert.Contains("Former les utilisateurs aux règles d'hygiène numérique", mission.Text, StringComparison.Ordinal);
        Assert.Null(mission.Find("#mission-work"));
    }

    [Fact]
    public async Task The_teacher_sees_each_learner_who_has_the_mission()
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var s2 = await SituationAsync("vosreves-situation-2");
        var page = await teacher.GetPageAsync($"/situations/{s2}/missions/{await FirstMissionAsync(s2)}");
        var rows = page.FindAll("#mission-work tbody tr").ToList();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Contains("Groupe B", r.TextContent, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.TextContent.Contains("MERCIER Manon", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains("Aucune production", r.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_situation_given_to_chosen_learners_reaches_them_alone_until_it_is_removed()
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var s5 = await SituationAsync("vosreves-situation-5");
        var learnerId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.Learner).Select(u => u.Id).SingleAsync());
        var form = await teacher.GetPageAsync($"/situations/{s5}/attribuer");

        var refused = await teacher.SubmitAndFollowAsync(form, "#assign-form", new()
        {
            ["Input.Scope"] = nameof(AssignmentScope.Learners), ["Input.Start"] = "2026-11-20", ["Input.End"] = "2026-11-19",
        });
        Assert.Contains("La date de fin doit suivre la date de début.", refused.Errors());
        Assert.Contains("Cochez au moins un apprenant.", refused.Errors());

        var done = await teacher.SubmitAndFollowAsync(form, "#assign-form", new()
        {
            ["Input.Scope"] = nameof(AssignmentScope.Learners), ["Input.LearnerIds"] = learnerId.ToString(), ["Input.Start"] = "2026-11-16", ["Input.End"] = "2026-11-30",
        });
        Assert.Contains("Situation attribuée du 16/11/2026 au 30/11/2026.", done.Text, StringComparison.Ordinal);
        Assert.Contains("Moreau", done.Find("table")!.TextContent, StringComparison.Ordinal);

        var learner = await app.SignInAsync(Accounts.Learner);
        var other = await app.SignInAsync(Accounts.OtherLearner);
        Assert.Equal(HttpStatusCode.OK, (await learner.GetAsync($"/situations/{s5}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/situations/{s5}")).StatusCode);

        var removed = await teacher.SubmitAndFollowAsync(done, "form[action*='handler=Delete']");
        Assert.Contains("Attribution retirée.", removed.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/situations/{s5}")).StatusCode);
    }

    [Fact]
    public async Task A_cohort_the_teacher_does_not_see_cannot_receive_a_situation()
    {
        var otherCohort = await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
            var other = new Cohort { Name = "Promotion d'à côté", SchoolYear = "2026-2027", EstablishmentId = cohort.EstablishmentId, FrameworkId = cohort.FrameworkId };
            db.Cohorts.Add(other);
            await db.SaveChangesAsync();
            return other.Id;
        });
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var s5 = await SituationAsync("vosreves-situation-5");
        var form = await teacher.GetPageAsync($"/situations/{s5}/attribuer");
        var refused = await teacher.SubmitAndFollowAsync(form, "#assign-form", new() { ["promotion"] = otherCohort.ToString(), ["Input.Start"] = "2026-11-16", ["Input.End"] = "2026-11-30" });
        Assert.Contains("Choisissez une promotion de la liste.", refused.Errors());
        Assert.False(await app.WithDbAsync(db => db.SituationAssignments.AnyAsync(a => a.CohortId == otherCohort)));
    }

    [Fact]
    public async Task The_coverage_matrix_is_the_union_of_the_planned_missions_links_and_shows_what_is_uncovered()
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync("/situations/couverture");
        var uncovered = page.FindAll("#uncovered-list li").Select(li => li.TextContent).ToList();
        Assert.Equal(["C3.1.3 Mettre en place une veille professionnelle et technologique",
            "C3.2.2 Participer au recensement des traitements sur les données à caractère personnel au sein de l'organisation en référence notamment au règlement général sur la protection de données (RGPD)"],
            uncovered);

        var (planned, linked) = await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync();
            var situations = await db.SituationAssignments.Where(a => a.CohortId == cohort).Select(a => a.SituationId).Distinct().ToListAsync();
            var codes = await db.MissionCompetences.Where(c => db.Missions.Any(m => m.Id == c.MissionId && m.RemovedAt == null && situations.Contains(m.SituationId)))
                .Join(db.FrameworkElements, c => c.ElementId, e => e.Id, (c, e) => e.Code).Distinct().ToListAsync();
            return (situations.Count, codes.ToHashSet());
        });
        Assert.Equal(planned, page.FindAll("#coverage thead th a").Count());
        var covered = page.FindAll("#coverage tbody tr:not(.uncovered):not(.table-light):not(.competence-row) th .text-muted").Select(e => e.TextContent).ToHashSet();
        Assert.Equal(linked.Where(c => c.Count(ch => ch == '.') == 2).ToHashSet(), covered);
    }

    [Fact]
    public async Task The_mission_seam_gives_the_competences_to_a_learner_the_mission_is_assigned_to_only()
    {
        var s3 = await SituationAsync("vosreves-situation-3");
        var mission = await FirstMissionAsync(s3);
        var (learner, tutor) = await app.WithDbAsync(async db => (
            await db.Users.Where(u => u.Email == Accounts.Learner).Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == Accounts.Tutor).Select(u => u.Id).SingleAsync()));
        await using var scope = app.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<MissionContexts>();

        var context = await contexts.ForLearnerAsync(mission, learner);
        Assert.NotNull(context);
        Assert.Equal((s3, 1), (context.SituationId, context.Number));
        var codes = await app.WithDbAsync(db => db.FrameworkElements.Where(e => context.ElementIds.Contains(e.Id)).OrderBy(e => e.SortOrder).Select(e => e.Code).ToListAsync());
        Assert.Equal(["C3.2.1", "C3.3.1"], codes);
        Assert.Null(await contexts.ForLearnerAsync(mission, tutor));
        Assert.Null(await contexts.ForLearnerAsync(await FirstMissionAsync(await SituationAsync("vosreves-situation-2")), learner));
    }
}
