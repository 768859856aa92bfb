using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Suivi;

/// <summary>
/// Issue #14 item 5: at 23:30 UTC in winter it is already 00:30 the next day in Paris; pages that use "today" follow
/// the school's date (<c>SchoolClock</c>), not the server's zone nor the UTC date. Before the school clock, these pages
/// used the server's zone (UTC on the test host, as on most servers) and showed the day before.
/// </summary>
public sealed class SchoolDayTests : IClassFixture<SillageApp>
{
    private static readonly DateOnly UtcDay = new(2026, 11, 16);
    private static readonly DateOnly ParisDay = new(2026, 11, 17);
    private readonly SillageApp _app;

    public SchoolDayTests(SillageApp app)
    {
        _app = app;
        var halfPastMidnightInParis = new DateTimeOffset(2026, 11, 16, 23, 30, 0, TimeSpan.Zero);
        if (app.Clock.GetUtcNow() < halfPastMidnightInParis)
        {
            app.Clock.SetUtcNow(halfPastMidnightInParis);
        }
    }

    [Fact]
    public async Task A_positioning_is_dated_the_school_day_and_that_day_is_not_in_the_future()
    {
        var learnerId = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoSeeder.LearnerEmail(4)).Select(u => u.Id).SingleAsync());
        var element = await _app.WithDbAsync(db =>
            db.FrameworkElements.Where(e => e.Code == "C2.1" && db.Frameworks.Any(f => f.Id == e.FrameworkId && f.Code == "mc-sno")).Select(e => e.Id).SingleAsync());
        var teacher = await _app.SignInAsync(Accounts.Teacher);

        var form = await teacher.GetPageAsync($"/suivi/apprenants/{learnerId}/positionner?element={element}");
        Assert.Equal(ParisDay.ToString("yyyy-MM-dd"), form.Find("input[name='Input.ObservedOn']")!.GetAttribute("value"));

        var response = await teacher.SubmitAsync(form, "main form", new()
        {
            ["Input.Level"] = "3", ["Input.ObservedOn"] = ParisDay.ToString("yyyy-MM-dd"), ["Input.Context"] = "Situation", ["Input.Comment"] = "Vu ce matin",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ParisDay, await _app.WithDbAsync(db => db.Assessments.Where(a => a.LearnerId == learnerId && a.ElementId == element && a.Comment == "Vu ce matin")
            .Select(a => a.ObservedOn).SingleAsync()));
    }

    [Fact]
    public async Task An_action_due_on_the_utc_day_is_late_once_the_school_day_has_changed()
    {
        var (learnerEmail, description) = await _app.WithDbAsync(async db =>
        {
            var action = await db.AgreedActions.Where(a => a.DoneAt == null).OrderBy(a => a.Id).FirstAsync();
            action.DueOn = UtcDay;
            action.Description = "Relire le compte rendu de visite";
            await db.SaveChangesAsync();
            return (await db.Users.Where(u => u.Id == action.LearnerId).Select(u => u.Email!).SingleAsync(), action.Description);
        });
        var learner = await _app.SignInAsync(learnerEmail);

        var page = await learner.GetPageAsync("/suivi/actions");
        var row = page.FindAll("tbody tr").Single(r => r.TextContent.Contains(description, StringComparison.Ordinal));
        Assert.Contains("(en retard)", row.TextContent, StringComparison.Ordinal);
    }
}
