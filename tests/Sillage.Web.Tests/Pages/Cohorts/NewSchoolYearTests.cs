using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Cohorts;

/// <summary>The référent closes the demo's school year (establishment A): the app is this class's own.</summary>
public sealed class NewSchoolYearTests(SillageApp app) : IClassFixture<SillageApp>
{
    private const string Url = "/promotions/nouvelle-annee";

    [Fact]
    public async Task The_referent_archives_the_year_creates_the_next_and_carries_over_the_learners_who_continue()
    {
        var (cohortId, continuing, leaving, teachers, groups) = await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
            var continuing = await db.Users.Where(u => u.Email == Accounts.OtherLearner).Select(u => u.Id).SingleAsync();
            var leaving = await db.Users.Where(u => u.Email == Accounts.Learner).Select(u => u.Id).SingleAsync();
            await db.CohortMembers.Where(m => m.CohortId == cohort.Id && m.Role == CohortRole.Teacher).Take(1)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Subject, "ECO-GEST"));
            var teachers = await db.CohortMembers.Where(m => m.CohortId == cohort.Id && m.Role == CohortRole.Teacher).Select(m => new { m.PersonId, m.Subject }).ToListAsync();
            var groups = await db.Groups.Where(g => g.CohortId == cohort.Id).Select(g => g.Name).OrderBy(n => n).ToListAsync();
            return (cohort.Id, continuing, leaving, teachers.Select(t => (t.PersonId, t.Subject)).OrderBy(t => t.PersonId).ToList(), groups);
        });
        Assert.NotEmpty(teachers);
        Assert.NotEmpty(groups);
        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        var page = await coordinator.GetPageAsync(Url);
        Assert.Contains("2026-2027 → 2027-2028", page.Text);
        Assert.Equal("MC SNO 2027-2028", page.Find("input[name='Decisions[0].NewName']")!.GetAttribute("value"));
        // Establishment B's cohort is not offered.
        Assert.DoesNotContain(DemoSeeder.SecondCohortName, page.Text);
        var stale = await coordinator.GetPageAsync(Url);

        var response = await coordinator.SubmitAsync(page, "form#new-year", new() { ["Continuing"] = $"{cohortId}:{continuing}" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var done = await coordinator.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Contains("Année 2026-2027 close : 1 promotion(s) archivée(s), 1 créée(s), 1 apprenant(s) inscrit(s) pour 2027-2028.", done.Text);

        var next = await app.WithDbAsync(async db =>
        {
            Assert.True(await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Archived).SingleAsync());
            Assert.False(await db.Cohorts.Where(c => c.Name == DemoSeeder.SecondCohortName).Select(c => c.Archived).SingleAsync());
            var created = await db.Cohorts.SingleAsync(c => c.SchoolYear == "2027-2028");
            Assert.Equal("MC SNO 2027-2028", created.Name);
            Assert.Equal(await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.FrameworkId).SingleAsync(), created.FrameworkId);
            var members = await db.CohortMembers.Where(m => m.CohortId == created.Id).ToListAsync();
            Assert.Equal(teachers, members.Where(m => m.Role == CohortRole.Teacher).Select(m => (m.PersonId, m.Subject)).OrderBy(t => t.PersonId).ToList());
            var learner = Assert.Single(members, m => m.Role == CohortRole.Learner);
            Assert.Equal(continuing, learner.PersonId);
            var newGroups = await db.Groups.Where(g => g.CohortId == created.Id).ToListAsync();
            Assert.Equal(groups, newGroups.Select(g => g.Name).OrderBy(n => n).ToList());
            var oldGroup = await db.CohortMembers.Where(m => m.CohortId == cohortId && m.PersonId == continuing).Select(m => m.GroupId)
                .Join(db.Groups, id => id, g => g.Id, (_, g) => g.Name).SingleAsync();
            Assert.Equal(oldGroup, newGroups.Single(g => g.Id == learner.GroupId).Name);
            return created.Id;
        });

        // The same page sent again (another tab, another référent) changes nothing more.
        var again = await (await coordinator.SubmitAsync(stale, "form#new-year")).ToPageAsync();
        Assert.Contains(again.Errors(), e => e.Contains("a changé depuis l'ouverture de la page", StringComparison.Ordinal));
        Assert.Equal(1, await app.WithDbAsync(db => db.Cohorts.CountAsync(c => c.SchoolYear == "2027-2028")));

        // The archived cohort is read-only: no management form, membership changes and positionnements refused.
        var archived = await coordinator.GetPageAsync($"/promotions/{cohortId}");
        Assert.Contains("Promotion archivée", archived.Text);
        Assert.Null(archived.Find("form[action*='handler=Add']"));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/suivi/promotions/{cohortId}/positionner")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/plan/{cohortId}/modifier")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/plan/{next}/modifier")).StatusCode);
        var teacher = await app.SignInAsync(Accounts.Teacher);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/suivi/apprenants/{leaving}/positionner")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/suivi/apprenants/{continuing}/positionner")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/suivi/apprenants/{leaving}")).StatusCode);

        // The learner who left keeps their dossier and their exports.
        var learnerClient = await app.SignInAsync(Accounts.Learner);
        var dossier = await learnerClient.GetPageAsync("/dossier");
        Assert.NotEmpty(dossier.FindAll("a[href^='/dossier/traces/']"));
        Assert.Equal(HttpStatusCode.OK, (await learnerClient.GetAsync("/dossier/exporter")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await learnerClient.GetAsync("/")).StatusCode);

        // The next year is now the one to close.
        var following = await coordinator.GetPageAsync(Url);
        Assert.Contains("2027-2028 → 2028-2029", following.Text);
        Assert.NotNull(following.Find($"input[value='{next}']"));
    }
}
