using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.Career;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Projet;

/// <summary>
/// The follow-up after the training (issue #20 item 5): the référent records a learner's situation at 6 and 12 months,
/// or sends them a link to answer; the establishment's summary. The demo's past cohort (2024-2025, archived) has its
/// situations recorded; each test makes its own learner of the current cohort leave by deactivating their account on 1 May 2026 (the test clock is 16 November 2026: the 6-month
/// situation is due since 1 November, the 12-month one on 1 May 2027).
/// </summary>
public sealed partial class FollowUpTests(SillageApp app) : IClassFixture<SillageApp>
{
    private async Task<Guid> LeaveAsync(int index) => await app.WithDbAsync(async db =>
    {
        var email = DemoSeeder.LearnerEmail(index);
        var user = await db.Users.SingleAsync(u => u.Email == email);
        user.DeactivatedAt = new DateTime(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc);
        await db.SaveChangesAsync();
        return user.Id;
    });

    private Task<List<GraduateSituation>> SituationsAsync(Guid learner) =>
        app.WithDbAsync(db => db.GraduateSituations.AsNoTracking().Where(s => s.LearnerId == learner).ToListAsync());

    private Task<bool> AuditedAsync(string action, Guid learner) => app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == action && a.SubjectId == learner));

    [Fact]
    public async Task The_referent_records_a_six_month_situation_and_the_summary_counts_it()
    {
        var learner = await LeaveAsync(11);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var list = await referent.GetPageAsync("/devenir");
        Assert.NotNull(list.Find($"#graduates a[href='/devenir/apprenants/{learner}']"));

        var form = await referent.GetPageAsync($"/devenir/apprenants/{learner}");
        var page = await referent.SubmitAndFollowAsync(form, "#situation-form", new()
        {
            ["Input.Milestone"] = "SixMonths", ["Input.ObservedOn"] = "2026-11-10", ["Input.Kind"] = "Employment", ["Input.Contract"] = "FixedTerm",
            ["Input.Employer"] = "Mairie de Lille",
        });

        Assert.Empty(page.Errors());
        var situation = Assert.Single(await SituationsAsync(learner));
        Assert.Equal((FollowUpMilestone.SixMonths, SituationKind.Employment, EmploymentContract.FixedTerm, "Mairie de Lille"),
            (situation.Milestone, situation.Kind, situation.Contract, situation.Employer));
        Assert.NotNull(situation.RecordedById);
        Assert.True(await AuditedAsync("followup.situation-recorded", learner));
        Assert.Contains("En emploi (CDD) — Mairie de Lille", page.Find("#graduate-situations")!.TextContent, StringComparison.Ordinal);

        var summary = await referent.GetPageAsync("/devenir/bilan");
        // Other tests of the class make learners of the cohort leave too: the rate is checked against the row's own counts.
        var six = summary.FindAll("#follow-up-summary tbody tr")
            .Single(r => r.TextContent.Contains("À 6 mois", StringComparison.Ordinal) && r.TextContent.Contains(DemoSeeder.CohortName, StringComparison.Ordinal))
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        var (known, employed) = (int.Parse(six[3], CultureInfo.InvariantCulture), int.Parse(six[5].Split(' ')[0], CultureInfo.InvariantCulture));
        Assert.True(employed >= 1);
        Assert.Equal($"{employed} ({Math.Round(100m * employed / known, MidpointRounding.AwayFromZero)} %)", six[5]);
        var csv = await (await referent.GetAsync("/devenir/bilan?handler=Csv")).Content.ReadAsStringAsync();
        Assert.Contains("À 6 mois", csv, StringComparison.Ordinal);
        Assert.Contains("En emploi", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demos_archived_cohort_shows_its_six_and_twelve_month_figures_in_the_summary()
    {
        var summary = await (await app.SignInAsync(Accounts.Coordinator)).GetPageAsync("/devenir/bilan");
        string[] Row(string milestone) => summary.FindAll("#follow-up-summary tbody tr")
            .Single(r => r.TextContent.Contains("MC SNO 2024-2025 (2024-2025)", StringComparison.Ordinal) && r.TextContent.Contains(milestone, StringComparison.Ordinal))
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();

        // Six left on 30 June 2025; at 6 months two in employment, one in further studies, one looking for a job, one other, one unanswered.
        Assert.Equal(["À 6 mois", "6", "6", "5", "83 %", "2 (40 %)", "1 (20 %)", "1 (20 %)", "1 (20 %)"], Row("À 6 mois"));
        Assert.Equal(["À 12 mois", "6", "6", "5", "83 %", "4 (80 %)", "1 (20 %)", "0 (0 %)", "0 (0 %)"], Row("À 12 mois"));
        var other = await (await app.SignInAsync(Accounts.Other.Coordinator)).GetPageAsync("/devenir/bilan");
        Assert.DoesNotContain("MC SNO 2024-2025", other.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_twelve_month_answer_before_the_twelve_months_or_a_future_date_is_refused_in_french()
    {
        var learner = await LeaveAsync(10);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var form = await referent.GetPageAsync($"/devenir/apprenants/{learner}");
        var page = await referent.SubmitAndFollowAsync(form, "#situation-form", new()
        {
            ["Input.Milestone"] = "TwelveMonths", ["Input.ObservedOn"] = "2026-11-10", ["Input.Kind"] = "JobSeeking",
        });
        Assert.Contains("La situation à 12 mois se renseigne à partir du 1 mai 2027 (12 mois après la fin de la formation).", page.Errors());

        page = await referent.SubmitAndFollowAsync(form, "#situation-form", new()
        {
            ["Input.Milestone"] = "SixMonths", ["Input.ObservedOn"] = "2026-11-20", ["Input.Kind"] = "FurtherStudies", ["Input.Studies"] = "",
        });
        Assert.Contains("La date de la situation ne peut pas être dans le futur.", page.Errors());
        Assert.Contains("Pour une poursuite d'études, indiquez laquelle.", page.Errors());
        Assert.Empty(await SituationsAsync(learner));
    }

    [Fact]
    public async Task A_learner_still_in_training_has_no_situation_to_record()
    {
        var learner = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.Learner).Select(u => u.Id).SingleAsync());
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.GetPageAsync($"/devenir/apprenants/{learner}");
        Assert.NotNull(page.Find("#still-training"));
        Assert.Null(page.Find("#situation-form"));
        Assert.Null((await referent.GetPageAsync("/devenir")).Find($"#graduates a[href='/devenir/apprenants/{learner}']"));
    }

    [Fact]
    public async Task The_link_lets_the_learner_answer_without_an_account_and_once_revoked_it_opens_nothing()
    {
        var learner = await LeaveAsync(9);
        var email = DemoSeeder.LearnerEmail(9);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.SubmitAndFollowAsync(await referent.GetPageAsync($"/devenir/apprenants/{learner}"), "#link-form");
        Assert.Empty(page.Errors());
        Assert.True(await AuditedAsync("followup.link-sent", learner));
        var body = await app.WithDbAsync(db => db.OutboxEmails.Where(e => e.To == email).OrderByDescending(e => e.CreatedAt).Select(e => e.Body).FirstAsync());
        var url = new Uri(LinkPattern().Match(body).Value);
        Assert.Equal("/devenir/reponse", url.AbsolutePath);

        var visitor = app.Anonymous();
        var answer = await visitor.GetPageAsync(url.PathAndQuery);
        Assert.NotNull(answer.Find("#answer-form"));
        Assert.DoesNotContain("apprenant02", answer.Document.Body!.TextContent, StringComparison.Ordinal);
        var done = await visitor.SubmitAndFollowAsync(answer, "#answer-form", new()
        {
            ["Input.Milestone"] = "SixMonths", ["Input.ObservedOn"] = "2026-11-15", ["Input.Kind"] = "FurtherStudies", ["Input.Studies"] = "BTS SIO",
        });
        Assert.NotNull(done.Find("#answer-saved"));
        var situation = Assert.Single(await SituationsAsync(learner));
        Assert.Equal(("BTS SIO", (Guid?)null), (situation.Studies, situation.RecordedById));
        Assert.True(await AuditedAsync("followup.situation-answered", learner));

        // A future date through the link is refused the same way.
        var refused = await visitor.SubmitAndFollowAsync(answer, "#answer-form", new() { ["Input.ObservedOn"] = "2027-01-01", ["Input.Kind"] = "Other" });
        Assert.Contains("La date de la situation ne peut pas être dans le futur.", refused.Errors());

        var revoked = await referent.SubmitAndFollowAsync(await referent.GetPageAsync($"/devenir/apprenants/{learner}"), "#follow-up-links form");
        Assert.Empty(revoked.Errors());
        Assert.True(await AuditedAsync("followup.link-revoked", learner));
        var closed = await visitor.GetPageAsync(url.PathAndQuery);
        Assert.Null(closed.Find("#answer-form"));
        var late = await visitor.SubmitAndFollowAsync(answer, "#answer-form", new() { ["Input.Kind"] = "Other" });
        Assert.Null(late.Find("#answer-saved"));
        Assert.Equal(SituationKind.FurtherStudies, Assert.Single(await SituationsAsync(learner)).Kind);
        Assert.NotNull((await visitor.GetPageAsync("/devenir/reponse?jeton=nimportequoi")).Find("#answer-invalid"));
    }

    [Fact]
    public async Task Teachers_learners_and_another_establishment_cannot_reach_the_follow_up()
    {
        var learner = await LeaveAsync(8);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(Accounts.Other.Coordinator)).GetAsync($"/devenir/apprenants/{learner}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync(Accounts.Teacher)).GetAsync($"/devenir/apprenants/{learner}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync(Accounts.Learner)).GetAsync("/devenir/bilan")).StatusCode);
        var other = await (await app.SignInAsync(Accounts.Other.Coordinator)).GetPageAsync("/devenir");
        Assert.Null(other.Find($"#graduates a[href='/devenir/apprenants/{learner}']"));
    }

    [Fact]
    public async Task Erasing_a_learner_deletes_their_project_pix_results_situations_and_links()
    {
        var learner = await LeaveAsync(7);
        var referent = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.Coordinator).Select(u => u.Id).SingleAsync());
        await app.WithDbAsync(async db =>
        {
            db.GraduateSituations.Add(new GraduateSituation { LearnerId = learner, Milestone = FollowUpMilestone.SixMonths, Kind = SituationKind.Other, ObservedOn = new DateOnly(2026, 11, 2), RecordedById = referent });
            db.FollowUpLinks.Add(FollowUpLink.Create(learner, referent, DateTime.UtcNow, TimeSpan.FromDays(30)).Link);
            await db.SaveChangesAsync();
        });
        Assert.True(await app.WithDbAsync(db => db.ProfessionalProjects.AnyAsync(p => p.LearnerId == learner)));
        Assert.True(await app.WithDbAsync(db => db.PixResults.AnyAsync(p => p.LearnerId == learner)));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<Sillage.Web.Pages.Privacy.PersonErasure>().EraseAsync(learner)).Done);
        }

        Assert.Equal((0, 0, 0, 0, 0, 0), await app.WithDbAsync(async db => (
            await db.ProfessionalProjects.CountAsync(p => p.LearnerId == learner), await db.ProjectSteps.CountAsync(s => s.AddedById == learner),
            await db.ProjectRevisions.CountAsync(r => r.ChangedById == learner), await db.PixResults.CountAsync(p => p.LearnerId == learner),
            await db.GraduateSituations.CountAsync(s => s.LearnerId == learner), await db.FollowUpLinks.CountAsync(l => l.LearnerId == learner))));
    }

    [GeneratedRegex(@"http\S+/devenir/reponse\?jeton=\S+")]
    private static partial Regex LinkPattern();
}
