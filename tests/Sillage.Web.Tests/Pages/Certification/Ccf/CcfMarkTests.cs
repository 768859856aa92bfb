using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Certification.Ccf;

/// <summary>The épreuves' marks on a candidate's record: the rule's mark from the frozen grids, confirmed or changed
/// with a comment by the épreuve's evaluators only; E2 shown blocked while the PFMP weeks are not done.</summary>
public sealed class CcfMarkTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static string Url(Guid learner) => $"/certification/ccf/jury/{learner}";

    [Fact]
    public async Task An_evaluator_confirms_the_suggested_mark_or_sets_another_with_a_comment()
    {
        var learner = await LearnerIdAsync(DemoSeeder.LearnerEmail(2));
        var first = await CcfGradingData.SittingAsync(app, DemoSeeder.LearnerEmail(2), "E1-A");
        var second = await CcfGradingData.SittingAsync(app, DemoSeeder.LearnerEmail(2), "E1-B");
        var teacher = await app.SignInAsync(Accounts.Teacher);

        // Before the grids are frozen: no mark for the épreuve.
        var page = await teacher.GetPageAsync(Url(learner));
        var early = await (await teacher.SubmitAsync(page, "#mark-E1", new() { ["Mark.Value"] = "12" })).ToPageAsync();
        Assert.Contains(early.Errors(), e => e.Contains("grille signée par tous ses évaluateurs", StringComparison.Ordinal));

        await CcfGradingData.FrozenGridAsync(app, first, 12m);
        await CcfGradingData.FrozenGridAsync(app, second, 15m);
        page = await teacher.GetPageAsync(Url(learner));
        Assert.Contains("Suggestion", page.Find("#epreuve-E1 .rule-mark")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("13,5/20", page.Find("#epreuve-E1 .rule-mark")!.TextContent, StringComparison.Ordinal);

        // Another mark needs a comment; a mark out of range is refused; nothing is saved meanwhile.
        var uncommented = await (await teacher.SubmitAsync(page, "#mark-E1", new() { ["Mark.Value"] = "14" })).ToPageAsync();
        Assert.Contains(uncommented.Errors(), e => e.Contains("s'écarte de la règle (13,5/20)", StringComparison.Ordinal));
        var outOfRange = await (await teacher.SubmitAsync(page, "#mark-E1", new() { ["Mark.Value"] = "20,5" })).ToPageAsync();
        Assert.Contains(outOfRange.Errors(), e => e.Contains("entre 0 et 20", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync(db => db.CcfExamResults.AnyAsync(r => r.LearnerId == learner)));

        page = await teacher.SubmitAndFollowAsync(page, "#mark-E1", new() { ["Mark.Value"] = "13,5" });
        Assert.Contains("Note de l'épreuve E1 enregistrée.", page.Text, StringComparison.Ordinal);
        page = await teacher.SubmitAndFollowAsync(page, "#mark-E1", new() { ["Mark.Value"] = "14", ["Mark.Comment"] = "Oral nettement meilleur que le dossier." });
        var result = await app.WithDbAsync(db => db.CcfExamResults.AsNoTracking().SingleAsync(r => r.LearnerId == learner && r.ExamCode == "E1"));
        Assert.Equal((14m, 13.5m), (result.Mark, result.RuleMark));
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "ccf.exam-mark-set" && a.SubjectId == result.Id)));

        // A stale form (another evaluator saved meanwhile) changes nothing.
        var stalePage = page;
        await teacher.SubmitAndFollowAsync(page, "#mark-E1", new() { ["Mark.Value"] = "13,5", ["Mark.Comment"] = "" });
        var stale = await (await teacher.SubmitAsync(stalePage, "#mark-E1", new() { ["Mark.Value"] = "9", ["Mark.Comment"] = "Autre avis" })).ToPageAsync();
        Assert.Contains(stale.Errors(), e => e.Contains("entre-temps", StringComparison.Ordinal));
        Assert.Equal(13.5m, await app.WithDbAsync(db => db.CcfExamResults.Where(r => r.Id == result.Id).Select(r => r.Mark).SingleAsync()));
    }

    [Fact]
    public async Task Only_the_epreuve_s_evaluators_set_its_mark()
    {
        var email = DemoSeeder.LearnerEmail(3);
        var learner = await LearnerIdAsync(email);
        await CcfGradingData.FrozenGridAsync(app, await CcfGradingData.SittingAsync(app, email, "E1-A"), 12m);
        await CcfGradingData.FrozenGridAsync(app, await CcfGradingData.SittingAsync(app, email, "E1-B"), 12m);
        var page = await (await app.SignInAsync(Accounts.Teacher)).GetPageAsync(Url(learner));
        var (target, fields, _) = Html.FormFields(page, "#mark-E1", new() { ["Mark.Value"] = "12" });
        foreach (var email2 in new[] { CcfGradingData.ThirdTeacher, Accounts.Coordinator })
        {
            var other = await app.SignInAsync(email2);
            var token = (await other.GetPageAsync(Url(learner))).Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            Assert.Null((await other.GetPageAsync(Url(learner))).Find("#mark-E1"));
            var response = await other.PostAsync(target, new FormUrlEncodedContent(fields.Where(f => f.Key != "__RequestVerificationToken").Append(new("__RequestVerificationToken", token))));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        var foreign = await app.SignInAsync(Accounts.Other.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync(Url(learner))).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.CcfExamResults.AnyAsync(r => r.LearnerId == learner)));
    }

    [Fact]
    public async Task E2_is_shown_blocked_while_the_PFMP_weeks_are_not_done()
    {
        var email = DemoSeeder.LearnerEmail(4);
        var learner = await LearnerIdAsync(email);
        await CcfGradingData.FrozenGridAsync(app, await CcfGradingData.SittingAsync(app, email, "E2-A"), 12m);
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync(Url(learner));
        Assert.NotNull(page.Find("#epreuve-E2 .blocked"));
        Assert.Null(page.Find("#epreuve-E1 .blocked"));
        await CcfGradingData.GivePlacementAsync(app, learner);
        Assert.Null((await teacher.GetPageAsync(Url(learner))).Find("#epreuve-E2 .blocked"));
    }

    private Task<Guid> LearnerIdAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}
