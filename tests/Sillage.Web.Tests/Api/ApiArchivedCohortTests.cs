using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Api;

/// <summary>A cohort archived at the close of its school year is read-only through the API too (the app is this class's own).</summary>
public sealed class ApiArchivedCohortTests(ApiApp app) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task A_positionnement_through_an_archived_cohort_is_refused_and_its_history_still_read()
    {
        var learner = await app.UserIdAsync(Accounts.Learner);
        var teacher = await app.ClientAsync(Accounts.Teacher);
        var element = await app.ElementIdAsync("C2.3.2");
        await app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).ExecuteUpdateAsync(s => s.SetProperty(c => c.Archived, true)));
        var before = await app.WithDbAsync(db => db.Assessments.CountAsync());

        var response = await teacher.PostAsJsonAsync($"/api/v1/learners/{learner}/positionnements", new { elementId = element, level = 3, observedOn = "2026-11-13" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("est archivée", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.WithDbAsync(db => db.Assessments.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/api/v1/learners/{learner}/positionnements")).StatusCode);
    }
}
