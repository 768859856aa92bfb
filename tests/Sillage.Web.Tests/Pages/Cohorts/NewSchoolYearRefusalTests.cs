using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Cohorts;

/// <summary>Choices that do not hold are refused as a whole, with a French message, and change nothing.</summary>
public sealed class NewSchoolYearRefusalTests(SillageApp app) : IClassFixture<SillageApp>
{
    private const string Url = "/promotions/nouvelle-annee";

    private Task<string> StateAsync() => app.WithDbAsync(async db =>
        string.Join(";", await db.Cohorts.OrderBy(c => c.Name).Select(c => c.Name + c.SchoolYear + c.Archived).ToListAsync())
        + await db.CohortMembers.CountAsync() + ";" + await db.Groups.CountAsync());

    [Fact]
    public async Task A_learner_who_continues_in_a_cohort_without_successor_is_refused()
    {
        var (cohortId, learner) = await app.WithDbAsync(async db => (
            await db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == Accounts.Learner).Select(u => u.Id).SingleAsync()));
        var before = await StateAsync();
        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        var page = await coordinator.GetPageAsync(Url);
        var answer = await (await coordinator.SubmitAsync(page, "form#new-year", new()
        {
            ["Decisions[0].Successor"] = "none",
            ["Continuing"] = $"{cohortId}:{learner}",
        })).ToPageAsync();
        Assert.Contains(answer.Errors(), e => e.Contains("n'a pas de suite", StringComparison.Ordinal));
        Assert.Equal(before, await StateAsync());
    }

    [Theory]
    [InlineData("", "un nom de 1 à 150 caractères")]
    [InlineData("MC SNO 2026-2027", null)]
    public async Task A_new_cohort_needs_a_valid_name(string name, string? message)
    {
        var before = await StateAsync();
        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        var page = await coordinator.GetPageAsync(Url);
        // A cohort of the next year with the name already exists: created by hand.
        if (message is null)
        {
            await app.WithDbAsync(async db =>
            {
                var cohort = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
                db.Cohorts.Add(new() { Name = "MC SNO 2027-2028", SchoolYear = "2027-2028", EstablishmentId = cohort.EstablishmentId, FrameworkId = cohort.FrameworkId, CreatedAt = DateTime.UtcNow });
                await db.SaveChangesAsync();
            });
            before = await StateAsync();
            page = await coordinator.GetPageAsync(Url);
            name = "mc sno 2027-2028";
            message = "existe déjà";
        }

        var answer = await (await coordinator.SubmitAsync(page, "form#new-year", new() { ["Decisions[0].NewName"] = name })).ToPageAsync();
        Assert.Contains(answer.Errors(), e => e.Contains(message, StringComparison.Ordinal));
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task Another_establishments_referent_never_sees_nor_closes_this_year()
    {
        var cohortId = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync());
        var before = await StateAsync();
        var other = await app.SignInAsync(Accounts.Other.Coordinator);
        var page = await other.GetPageAsync(Url);
        Assert.DoesNotContain(DemoSeeder.CohortName + "<", page.Document.DocumentElement.OuterHtml);
        Assert.Null(page.Find($"input[value='{cohortId}']"));
        var answer = await (await other.SubmitAsync(page, "form#new-year", new() { ["Decisions[0].CohortId"] = cohortId.ToString() })).ToPageAsync();
        Assert.True(answer.Errors().Count > 0, answer.Status + answer.Url.ToString() + answer.Text);
        Assert.Equal(before, await StateAsync());

        var establishmentA = await app.EstablishmentOfAsync(Accounts.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Url}?etablissement={establishmentA}")).StatusCode);
        var forged = await (await other.SubmitAsync(page, "form#new-year", new() { ["etablissement"] = establishmentA.ToString() })).ToPageAsync();
        Assert.Equal(HttpStatusCode.NotFound, forged.Status);
        Assert.Equal(before, await StateAsync());

        var teacher = await app.SignInAsync(Accounts.Teacher);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync(Url)).StatusCode);
    }
}
