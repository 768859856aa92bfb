using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Certification.Ccf;

/// <summary>The grid of a candidate in a CCF situation: filled and signed by the sitting's evaluators only, frozen by
/// the last signature, corrected by a new version with a reason; stale forms, bad marks, missing levels and absent
/// candidates refused with a French message and nothing changed.</summary>
public sealed class CcfGridTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static string Url(Guid candidate) => $"/certification/ccf/grilles/{candidate}";

    [Fact]
    public async Task Two_evaluators_fill_and_sign_then_the_grid_is_frozen_and_corrected_by_a_new_version()
    {
        var candidate = await CcfGradingData.SittingAsync(app, DemoSeeder.LearnerEmail(2));
        var first = await app.SignInAsync(Accounts.Teacher);
        var page = await first.GetPageAsync(Url(candidate));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.FindAll("#grid-form select"));
        page = await first.SubmitAndFollowAsync(page, "#grid-form", CcfGradingData.Filled(page, "14,5"));
        Assert.Contains("Grille enregistrée.", page.Text, StringComparison.Ordinal);
        page = await first.SubmitAndFollowAsync(page, "#sign-form");
        Assert.Contains("Signature enregistrée.", page.Text, StringComparison.Ordinal);

        var second = await app.SignInAsync(CcfGradingData.SecondTeacher);
        page = await second.GetPageAsync(Url(candidate));
        page = await second.SubmitAndFollowAsync(page, "#sign-form");
        Assert.NotNull(page.Find("#frozen"));
        Assert.Null(page.Find("#grid-form button"));
        var grid = await app.WithDbAsync(db => db.CcfGrids.AsNoTracking().Include(g => g.Signatures).SingleAsync(g => g.EvaluationId == candidate));
        Assert.Equal(14.5m, grid.Mark);
        Assert.Equal(2, grid.Signatures.Count);
        Assert.NotNull(grid.FrozenAt);

        // A correction needs a reason, then is a new version to sign again; the history shows both.
        var refused = await (await second.SubmitAsync(page, "#correct-form", new() { ["Reason"] = " " })).ToPageAsync();
        Assert.Contains(refused.Errors(), e => e.Contains("motif", StringComparison.Ordinal));
        page = await second.SubmitAndFollowAsync(page, "#correct-form", new() { ["Reason"] = "Erreur de saisie sur un critère." });
        Assert.Contains("Nouvelle version", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Find("#history"));
        Assert.Contains("Erreur de saisie sur un critère.", page.Find("#grid-status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.CcfGrids.CountAsync(g => g.EvaluationId == candidate)));
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("ccf.grid")).Select(a => a.Action).ToListAsync());
        Assert.Contains("ccf.grid-saved", actions);
        Assert.Contains("ccf.grid-signed", actions);
        Assert.Contains("ccf.grid-frozen", actions);
        Assert.Contains("ccf.grid-corrected", actions);
    }

    [Theory]
    [InlineData("21", "La note doit être comprise entre 0 et 20.")]
    [InlineData("-1", "n'est pas une note")]
    [InlineData("douze", "n'est pas une note")]
    [InlineData("12,555", "deux décimales")]
    public async Task A_mark_outside_0_to_20_is_refused_and_nothing_changes(string mark, string message)
    {
        var candidate = await CcfGradingData.SittingAsync(app, DemoSeeder.LearnerEmail(3));
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync(Url(candidate));
        var version = await GridVersionAsync(candidate);
        var answer = await (await teacher.SubmitAsync(page, "#grid-form", CcfGradingData.Filled(page, mark))).ToPageAsync();
        Assert.Contains(answer.Errors(), e => e.Contains(message, StringComparison.Ordinal));
        Assert.Equal(version, await GridVersionAsync(candidate));
    }

    [Fact]
    public async Task A_grid_with_a_line_without_level_cannot_be_signed()
    {
        var candidate = await CcfGradingData.SittingAsync(app, DemoSeeder.LearnerEmail(4));
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync(Url(candidate));
        page = await teacher.SubmitAndFollowAsync(page, "#grid-form", CcfGradingData.Filled(page, "12", allLines: false));
        var answer = await (await teacher.SubmitAsync(page, "#sign-form")).ToPageAsync();
        Assert.Contains(answer.Errors(), e => e.Contains("1 ligne(s) de la grille sans niveau", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync(db => db.CcfGridSignatures.AnyAsync(s => db.CcfGrids.Any(g => g.Id == s.GridId && g.EvaluationId == candidate))));
    }

    [Fact]
    public async Task Two_evaluators_saving_the_same_grid_the_second_is_told_and_overwrites_nothing()
    {
        var candidate = await CcfGradingData.SittingAsync(app, DemoSeeder.LearnerEmail(5));
        var first = await app.SignInAsync(Accounts.Teacher);
        var second = await app.SignInAsync(CcfGradingData.SecondTeacher);
        var firstPage = await first.GetPageAsync(Url(candidate));
        var secondPage = await second.GetPageAsync(Url(candidate));
        await first.SubmitAndFollowAsync(firstPage, "#grid-form", CcfGradingData.Filled(firstPage, "15"));
        var stale = await (await second.SubmitAsync(secondPage, "#grid-form", CcfGradingData.Filled(secondPage, "8"))).ToPageAsync();
        Assert.Contains(stale.Errors(), e => e.Contains("modifiée par quelqu'un d'autre entre-temps", StringComparison.Ordinal));
        Assert.Equal(15m, await app.WithDbAsync(db => db.CcfGrids.Where(g => g.EvaluationId == candidate).Select(g => g.Mark).SingleAsync()));
    }

    [Fact]
    public async Task Saving_after_a_signature_drops_it_and_says_so()
    {
        var candidate = await CcfGradingData.SittingAsync(app, DemoSeeder.LearnerEmail(6));
        var first = await app.SignInAsync(Accounts.Teacher);
        var page = await first.GetPageAsync(Url(candidate));
        page = await first.SubmitAndFollowAsync(page, "#grid-form", CcfGradingData.Filled(page, "11"));
        await first.SubmitAndFollowAsync(page, "#sign-form");
        var second = await app.SignInAsync(CcfGradingData.SecondTeacher);
        page = await second.GetPageAsync(Url(candidate));
        Assert.Contains("retire les signatures", page.Text, StringComparison.Ordinal);
        page = await second.SubmitAndFollowAsync(page, "#grid-form", new() { ["Input.Mark"] = "12" });
        Assert.Contains("Les 1 signature(s) déjà données ont été retirées", page.Text, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.CcfGridSignatures.AnyAsync(s => db.CcfGrids.Any(g => g.Id == s.GridId && g.EvaluationId == candidate))));
    }

    [Fact]
    public async Task A_teacher_who_does_not_evaluate_reads_but_cannot_fill_nor_sign()
    {
        var candidate = await CcfGradingData.SittingAsync(app, DemoSeeder.LearnerEmail(7));
        var evaluator = await app.SignInAsync(Accounts.Teacher);
        var filled = await evaluator.GetPageAsync(Url(candidate));
        var version = await GridVersionAsync(candidate);

        var reader = await app.SignInAsync(CcfGradingData.ThirdTeacher);
        var page = await reader.GetPageAsync(Url(candidate));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Find("#sign-form"));
        Assert.Null(page.Find("#grid-form button"));
        // The evaluator's own form, posted by the reader: refused.
        var token = page.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var fields = Html.FormFields(filled, "#grid-form", CcfGradingData.Filled(filled, "20")).Fields
            .Where(f => f.Key != "__RequestVerificationToken").Append(new("__RequestVerificationToken", token!)).ToList();
        var response = await reader.PostAsync($"{Url(candidate)}?handler=Save", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(version, await GridVersionAsync(candidate));
    }

    [Fact]
    public async Task The_other_establishment_and_learners_get_404()
    {
        var candidate = await CcfGradingData.SittingAsync(app, DemoSeeder.LearnerEmail(8));
        foreach (var email in new[] { Accounts.Other.Coordinator, Accounts.Other.Teacher, DemoSeeder.LearnerEmail(8), Accounts.Jury })
        {
            var client = await app.SignInAsync(email);
            var response = await client.GetAsync(Url(candidate));
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{email}: {response.StatusCode}");
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync(Accounts.Coordinator)).GetAsync(Url(candidate))).StatusCode);
    }

    [Fact]
    public async Task An_absent_candidate_cannot_be_marked_nor_signed_with_a_mark()
    {
        var candidate = await CcfGradingData.SittingAsync(app, DemoSeeder.LearnerEmail(9), attendance: CcfAttendance.Absent);
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync(Url(candidate));
        Assert.NotNull(page.Find("#not-present"));
        var answer = await (await teacher.SubmitAsync(page, "#grid-form", CcfGradingData.Filled(page, "12"))).ToPageAsync();
        Assert.Contains(answer.Errors(), e => e.Contains("pas présente", StringComparison.Ordinal));
        Assert.Null(await app.WithDbAsync(db => db.CcfGrids.Where(g => g.EvaluationId == candidate).Select(g => g.Mark).SingleAsync()));
        var sign = await (await teacher.SubmitAsync(page, "#sign-form")).ToPageAsync();
        Assert.Contains(sign.Errors(), e => e.Contains("pas présente", StringComparison.Ordinal));
    }

    private Task<int> GridVersionAsync(Guid candidate) =>
        app.WithDbAsync(db => db.CcfGrids.Where(g => g.EvaluationId == candidate).Select(g => g.Version).SingleAsync());
}
