using Microsoft.EntityFrameworkCore;
using System.Net;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Tests.Pages;

/// <summary>Each role lands on a page that counts what it has to do, with the figures of the pages it links to,
/// and sees no other role's card.</summary>
public sealed class HomeTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static readonly string[] Cards = ["staff-todo", "learner-todo", "tutor-todo", "jury-todo"];

    private static int Count(Page page, string item) =>
        int.Parse(page.Find($"#{item} .badge")?.TextContent ?? throw new InvalidOperationException($"No #{item} on the home page."), System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(Roles.Admin, "staff-todo")]
    [InlineData(Roles.Coordinator, "staff-todo")]
    [InlineData(Roles.Teacher, "staff-todo")]
    [InlineData(Roles.Learner, "learner-todo")]
    [InlineData(Roles.Tutor, "tutor-todo")]
    [InlineData(Roles.Jury, "jury-todo")]
    public async Task Each_role_sees_its_own_to_do_card_and_no_other(string role, string card)
    {
        var client = await app.SignInAsync(Accounts.ByRole[role]);

        var home = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.NotNull(home.Find($"#{card}"));
        Assert.All(Cards.Where(c => c != card), other => Assert.Null(home.Find($"#{other}")));
    }

    [Fact]
    public async Task The_teacher_home_counts_the_feedback_requests_the_queue_lists()
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);

        var home = await teacher.GetPageAsync("/");
        var queue = await teacher.GetPageAsync("/retours");

        var waiting = queue.FindAll("table").First(t => t.QuerySelector("caption")!.TextContent.Contains("en attente", StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr").Length;
        Assert.True(waiting > 0);
        Assert.Equal(waiting, Count(home, "todo-feedback"));
        Assert.Equal("/retours", home.Find("#todo-feedback a")!.GetAttribute("href"));
        Assert.True(Count(home, "todo-inactive") >= 0);
    }

    [Fact]
    public async Task The_tutor_home_counts_the_conventions_to_sign_and_the_appraisals_to_write()
    {
        var tutor = await app.SignInAsync(Accounts.Tutor);

        var home = await tutor.GetPageAsync("/");
        var space = await tutor.GetPageAsync("/tuteur");

        Assert.Equal(Cells(space, "div", "Signer la convention"), Count(home, "todo-sign"));
        Assert.Equal(Cells(space, "div", "Saisir l'appréciation"), Count(home, "todo-appraise"));
        Assert.True(Count(home, "todo-sign") + Count(home, "todo-appraise") > 0);
    }

    [Fact]
    public async Task The_jury_home_counts_the_open_sessions_and_the_grids_left_to_fill()
    {
        var jury = await app.SignInAsync(Accounts.Jury);

        var home = await jury.GetPageAsync("/");
        var sessions = await jury.GetPageAsync("/jury");

        Assert.Equal(1, Count(home, "todo-sessions"));
        Assert.Equal(Cells(sessions, "td", "à remplir"), Count(home, "todo-grids"));
        Assert.True(Count(home, "todo-grids") > 0);
    }

    [Fact]
    public async Task The_learner_home_counts_their_current_situations_and_shows_their_placement_and_dossiers()
    {
        var learner = await app.SignInAsync(Accounts.Learner);

        var home = await learner.GetPageAsync("/");
        var situations = await learner.GetPageAsync("/mes-situations");

        Assert.Equal(situations.FindAll("section[aria-labelledby='status-Current'] article").Count(), Count(home, "todo-situations"));
        Assert.Equal("/pfmp/mes-periodes", home.Find("#todo-pfmp a")!.GetAttribute("href"));
        Assert.Contains("dossier(s) en préparation", home.Find("#todo-certification")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_homes_count_open_and_late_agreed_actions()
    {
        var interview = await app.WithDbAsync(db => db.Interviews.Where(i => db.CohortMembers.Any(m => m.CohortId == i.CohortId
                && db.Users.Any(u => u.Id == m.PersonId && u.Email == Accounts.Teacher)))
            .OrderBy(i => i.Id).Select(i => new { i.Id, i.LearnerId, Email = db.Users.Where(u => u.Id == i.LearnerId).Select(u => u.Email).Single() }).FirstAsync());
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var learner = await app.SignInAsync(interview.Email!);
        var staffBefore = await teacher.GetPageAsync("/");
        var learnerBefore = await learner.GetPageAsync("/");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

        await app.WithDbAsync(async db =>
        {
            db.AgreedActions.Add(new() { InterviewId = interview.Id, LearnerId = interview.LearnerId, Description = "Relire la fiche.", DueOn = today.AddDays(-3) });
            db.AgreedActions.Add(new() { InterviewId = interview.Id, LearnerId = interview.LearnerId, Description = "Compléter la trace.", DueOn = today.AddDays(7) });
            db.AgreedActions.Add(new() { InterviewId = interview.Id, LearnerId = interview.LearnerId, Description = "Déjà faite.", DueOn = today.AddDays(-9), DoneAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        var staff = await teacher.GetPageAsync("/");
        var own = await learner.GetPageAsync("/");
        Assert.Equal(Count(staffBefore, "todo-actions") + 2, Count(staff, "todo-actions"));
        Assert.Equal(Count(staffBefore, "todo-late-actions") + 1, Count(staff, "todo-late-actions"));
        Assert.Equal(Count(learnerBefore, "todo-my-actions") + 2, Count(own, "todo-my-actions"));
        Assert.Contains("text-bg-danger", own.Find("#todo-my-actions .badge")!.ClassName, StringComparison.Ordinal);
    }

    private static int Cells(Page page, string selector, string text) =>
        page.FindAll($"main {selector}").Count(e => e.TextContent.Trim() == text);
}
