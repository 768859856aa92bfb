using System.Net;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Plan;

/// <summary>The training plan's iCalendar export parses with Ical.Net and holds the PFMP periods of the plan.</summary>
public sealed class PlanCalendarExportTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task The_ics_file_parses_and_holds_the_pfmp_periods()
    {
        var (cohort, blocks) = await app.WithDbAsync(async db =>
        {
            var id = await db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync();
            var plan = await db.TrainingPlans.Include(p => p.PfmpBlocks).SingleAsync(p => p.CohortId == id);
            return (id, plan.PfmpBlocks.OrderBy(b => b.Start).Select(b => (b.Start, b.Weeks)).ToList());
        });
        var teacher = await app.SignInAsync(Accounts.Teacher);

        var response = await teacher.GetAsync($"/plan/{cohort}/calendrier.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/calendar", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;

        var pfmp = calendar.Events.Where(e => e.Summary!.StartsWith("PFMP — période", StringComparison.Ordinal)).OrderBy(e => e.DtStart!.Date).ToList();
        Assert.Equal(blocks.Count, pfmp.Count);
        Assert.True(blocks.Count >= 2);
        for (var i = 0; i < blocks.Count; i++)
        {
            Assert.Equal(blocks[i].Start, pfmp[i].DtStart!.Date);
            Assert.Contains($"période n° {i + 1}", pfmp[i].Summary, StringComparison.Ordinal);
        }

        Assert.Equal(calendar.Events.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());
        var other = await app.SignInAsync(Accounts.Tutor);
        Assert.NotEqual(HttpStatusCode.OK, (await other.GetAsync($"/plan/{cohort}/calendrier.ics")).StatusCode);
    }

    /// <summary>The file is built at download time in the language of whoever downloads it (issue #14 item 4).</summary>
    [Fact]
    public async Task The_ics_file_is_in_the_language_of_whoever_downloads_it()
    {
        var cohort = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync());
        var teacher = await app.SignInAsync(Accounts.Teacher);
        teacher.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        var calendar = Calendar.Load(await teacher.GetStringAsync($"/plan/{cohort}/calendrier.ics"))!;
        Assert.Equal($"Training plan — {DemoSeeder.CohortName}", calendar.Properties.Get<string>("X-WR-CALNAME"));
        var summaries = calendar.Events.Select(e => e.Summary!).ToList();
        Assert.Contains(summaries, s => s.StartsWith("PFMP — period no. 1 (", StringComparison.Ordinal) && s.EndsWith(" weeks)", StringComparison.Ordinal));
        Assert.Contains(summaries, s => s.StartsWith("Training at school (weeks 1 to ", StringComparison.Ordinal));
        Assert.DoesNotContain(summaries, s => s.Contains("période", StringComparison.Ordinal) || s.StartsWith("Vacances", StringComparison.Ordinal));
    }
}
