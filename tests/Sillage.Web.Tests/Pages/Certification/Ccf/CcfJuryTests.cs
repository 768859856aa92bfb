using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Certification.Ccf;

/// <summary>The jury's record: the table of the cohort, the référent's decision (confirmed, or amended with a
/// reason), E2 without the PFMP weeks never favourable, the learner's reading once decided.</summary>
public sealed class CcfJuryTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static string Url(Guid learner) => $"/certification/ccf/jury/{learner}";

    [Fact]
    public async Task The_referent_confirms_the_record_then_the_learner_reads_it()
    {
        var email = DemoSeeder.LearnerEmail(5);
        var learnerId = await CcfGradingData.GradedAsync(app, email, 12m);
        await CcfGradingData.GivePlacementAsync(app, learnerId);
        await CcfGradingData.ExamMarksAsync(app, learnerId, 12m);
        var learner = await app.SignInAsync(email);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync(Url(learnerId))).StatusCode);

        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.GetPageAsync(Url(learnerId));
        Assert.Contains("12/20", page.Find("#average")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Favorable", page.Find("#proposed")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("réglage de la plateforme", page.Find("#proposed")!.TextContent, StringComparison.Ordinal);
        page = await referent.SubmitAndFollowAsync(page, "#decide-form", new() { ["Decision.Outcome"] = nameof(CcfOutcome.Passed) });
        Assert.Contains("Décision du jury enregistrée.", page.Text, StringComparison.Ordinal);
        var decision = await app.WithDbAsync(db => db.CcfJuryDecisions.AsNoTracking().SingleAsync(d => d.LearnerId == learnerId));
        Assert.Equal((CcfOutcome.Passed, CcfOutcome.Passed, 12m), (decision.Outcome, decision.ProposedOutcome, decision.Average!.Value));
        Assert.Contains("\"E2\"", decision.MarksJson, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "ccf.jury-confirmed" && a.SubjectId == decision.Id)));

        var mine = await learner.GetPageAsync(Url(learnerId));
        Assert.Equal(HttpStatusCode.OK, mine.Status);
        Assert.Contains("Favorable", mine.Find("#decision")!.TextContent, StringComparison.Ordinal);
        Assert.Null(mine.Find("#decide-form"));
        Assert.Null(mine.Find("form.mark-form"));

        var table = await referent.GetPageAsync($"/certification/ccf/jury?cohorte={await CohortIdAsync()}");
        var row = table.FindAll("#jury-table tbody tr").Single(r => r.InnerHtml.Contains(learnerId.ToString(), StringComparison.Ordinal));
        Assert.Contains("Favorable", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(table.Find("#pass-mark"));
    }

    [Fact]
    public async Task An_amended_decision_needs_a_reason()
    {
        var email = DemoSeeder.LearnerEmail(6);
        var learnerId = await CcfGradingData.GradedAsync(app, email, 9m);
        await CcfGradingData.GivePlacementAsync(app, learnerId);
        await CcfGradingData.ExamMarksAsync(app, learnerId, 9m);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.GetPageAsync(Url(learnerId));
        Assert.Contains("Défavorable", page.Find("#proposed")!.TextContent, StringComparison.Ordinal);
        var refused = await (await referent.SubmitAsync(page, "#decide-form", new() { ["Decision.Outcome"] = nameof(CcfOutcome.Passed), ["Decision.Reason"] = "" })).ToPageAsync();
        Assert.Contains(refused.Errors(), e => e.Contains("indiquez le motif", StringComparison.Ordinal));
        var badAverage = await (await referent.SubmitAsync(page, "#decide-form", new() { ["Decision.Average"] = "25", ["Decision.Reason"] = "x" })).ToPageAsync();
        Assert.Contains(badAverage.Errors(), e => e.Contains("entre 0 et 20", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync(db => db.CcfJuryDecisions.AnyAsync(d => d.LearnerId == learnerId)));

        page = await referent.SubmitAndFollowAsync(page, "#decide-form", new() { ["Decision.Outcome"] = nameof(CcfOutcome.Passed), ["Decision.Average"] = "10", ["Decision.Reason"] = "Points de jury après délibération." });
        Assert.Contains("Modifiée par rapport aux notes", page.Find("#decision")!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "ccf.jury-amended")));
    }

    [Fact]
    public async Task Without_the_twelve_weeks_of_PFMP_the_decision_cannot_be_favourable()
    {
        var email = DemoSeeder.LearnerEmail(7);
        var learnerId = await CcfGradingData.GradedAsync(app, email, 15m);
        await CcfGradingData.ExamMarksAsync(app, learnerId, 15m);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.GetPageAsync(Url(learnerId));
        Assert.Contains("Bloquée", page.Find("#proposed")!.TextContent, StringComparison.Ordinal);
        var refused = await (await referent.SubmitAsync(page, "#decide-form", new() { ["Decision.Outcome"] = nameof(CcfOutcome.Passed), ["Decision.Reason"] = "Je passe outre." })).ToPageAsync();
        Assert.Contains(refused.Errors(), e => e.Contains("la décision ne peut pas être favorable", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync(db => db.CcfJuryDecisions.AnyAsync(d => d.LearnerId == learnerId)));
    }

    [Fact]
    public async Task Teachers_do_not_decide_and_the_other_establishment_sees_nothing()
    {
        var email = DemoSeeder.LearnerEmail(8);
        var learnerId = await CcfGradingData.GradedAsync(app, email, 12m);
        await CcfGradingData.ExamMarksAsync(app, learnerId, 12m);
        var referentPage = await (await app.SignInAsync(Accounts.Coordinator)).GetPageAsync(Url(learnerId));
        var (target, fields, _) = Html.FormFields(referentPage, "#decide-form", new() { ["Decision.Outcome"] = nameof(CcfOutcome.NotPassed) });
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var teacherPage = await teacher.GetPageAsync(Url(learnerId));
        Assert.Null(teacherPage.Find("#decide-form"));
        var token = teacherPage.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await teacher.PostAsync(target, new FormUrlEncodedContent(fields.Where(f => f.Key != "__RequestVerificationToken").Append(new("__RequestVerificationToken", token))));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        foreach (var other in new[] { Accounts.Other.Coordinator, Accounts.Other.Teacher, Accounts.OtherLearner })
        {
            var client = await app.SignInAsync(other);
            Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync(Url(learnerId))).StatusCode);
        }

        var foreign = await app.SignInAsync(Accounts.Other.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/certification/ccf/jury?cohorte={await CohortIdAsync()}")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.CcfJuryDecisions.AnyAsync(d => d.LearnerId == learnerId)));
    }

    private Task<Guid> CohortIdAsync() => app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync());
}
