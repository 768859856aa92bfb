using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Plan;

/// <summary>
/// The plan form's errors are catalogue templates with arguments (issue #14 item 4): an English user reads them in
/// English, the weekday named in the user's language; a French user keeps the French text.
/// </summary>
public sealed class PlanValidationLanguageTests(SillageApp app) : IClassFixture<SillageApp>
{
    private async Task<IReadOnlyList<string>> ErrorsAsync(string? language)
    {
        var cohort = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync());
        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        if (language is not null)
        {
            coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        var form = await coordinator.GetPageAsync($"/plan/{cohort}/modifier");
        var page = await coordinator.SubmitAndFollowAsync(form, "#plan-form", new()
        {
            ["Input.SchoolWeeks"] = "99", ["Input.PfmpBlocks[0].Start"] = "2026-09-08", ["Input.PfmpBlocks[0].Weeks"] = "2",
        });
        return page.FindAll(".validation-summary-errors li").Select(li => li.TextContent).ToList();
    }

    [Fact]
    public async Task An_english_user_reads_the_plan_errors_in_english()
    {
        var errors = await ErrorsAsync("en-GB");
        Assert.Contains("Weeks at school: enter a whole number from 0 to 52.", errors);
        Assert.Contains("Placement period no. 1: it starts on a Monday (08/09/2026 is a Tuesday).", errors);
    }

    [Fact]
    public async Task A_french_user_reads_the_plan_errors_in_french()
    {
        var errors = await ErrorsAsync(null);
        Assert.Contains("Semaines en établissement : saisissez un nombre entier de 0 à 52.", errors);
        Assert.Contains("Période de PFMP n° 1 : elle commence un lundi (le 08/09/2026 est un mardi).", errors);
    }
}
