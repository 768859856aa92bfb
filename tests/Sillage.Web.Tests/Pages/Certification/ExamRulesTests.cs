using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Certification;
using Sillage.Web.Tests.Pages.Portfolio;

namespace Sillage.Web.Tests.Pages.Certification;

/// <summary>The E2 condition (twelve weeks of PFMP before a favourable decision) and late candidates added to a
/// session.</summary>
public sealed class ExamRulesTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task The_E2_jury_cannot_propose_favourable_before_the_twelve_weeks_of_PFMP_then_can()
    {
        var learner = await app.SignInAsync(Accounts.OtherLearner);
        var dossier = await SubmitDossierAsync(learner, Accounts.OtherLearner, "B2");
        var dossierPage = await learner.GetPageAsync($"/certification/dossiers/{dossier}");
        // The demo gives this learner a first placement under way: some days done, far from sixty.
        var done = System.Text.RegularExpressions.Regex.Match(dossierPage.Find("#pfmp-condition")!.TextContent, @"PFMP effectuées à ce jour : (\d+) jours sur 60\.");
        Assert.True(done.Success && int.Parse(done.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < 60, dossierPage.Find("#pfmp-condition")!.TextContent);

        var candidate = await OpenSessionAsync(Accounts.OtherLearner, "B2");
        var jury = await app.SignInAsync(Accounts.Jury);
        var page = await jury.GetPageAsync($"/jury/candidats/{candidate}");
        Assert.Contains($"{done.Groups[1].Value} jours sur 60", page.Find("#pfmp-condition")!.TextContent, StringComparison.Ordinal);
        var refused = await (await jury.SubmitAsync(page, "#grid-form", new() { ["Grid.Decision"] = nameof(JuryDecision.Favorable) })).ToPageAsync();
        Assert.Contains(refused.Errors(), e => e.Contains("ne peut être obtenue qu'une fois les 12 semaines de PFMP effectuées", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync(db => db.JuryEvaluations.AnyAsync(e => e.CandidateId == candidate)));

        // "À compléter" is accepted meanwhile.
        var toComplete = await jury.SubmitAndFollowAsync(page, "#grid-form", new() { ["Grid.Decision"] = nameof(JuryDecision.ToComplete) });
        Assert.Contains("Grille enregistrée.", toComplete.Text, StringComparison.Ordinal);

        // Once the twelve weeks are done (a placement from January to May, school holidays excluded), it may.
        await GivePlacementAsync(Accounts.OtherLearner, new DateOnly(2026, 1, 5), new DateOnly(2026, 5, 29));
        page = await jury.GetPageAsync($"/jury/candidats/{candidate}");
        Assert.Contains("Ce candidat les a effectuées", page.Find("#pfmp-condition")!.TextContent, StringComparison.Ordinal);
        var accepted = await jury.SubmitAndFollowAsync(page, "#grid-form", new() { ["Grid.Decision"] = nameof(JuryDecision.Favorable) });
        Assert.True(accepted.Text.Contains("Grille enregistrée.", StringComparison.Ordinal), string.Join(" | ", accepted.Errors()));
        Assert.Equal(JuryDecision.Favorable, await app.WithDbAsync(db => db.JuryEvaluations.Where(e => e.CandidateId == candidate).Select(e => e.Decision).SingleAsync()));
        Assert.Contains("Les 12 semaines sont effectuées", (await learner.GetPageAsync($"/certification/dossiers/{dossier}")).Find("#pfmp-condition")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_epreuves_do_not_wait_for_PFMP()
    {
        var learner = await app.SignInAsync(Accounts.OtherLearner);
        var dossier = await SubmitDossierAsync(learner, Accounts.OtherLearner, "B3");
        Assert.Null((await learner.GetPageAsync($"/certification/dossiers/{dossier}")).Find("#pfmp-condition"));
        var candidate = await OpenSessionAsync(Accounts.OtherLearner, "B3");
        var jury = await app.SignInAsync(Accounts.Jury);
        var page = await jury.GetPageAsync($"/jury/candidats/{candidate}");
        Assert.Null(page.Find("#pfmp-condition"));
        var saved = await jury.SubmitAndFollowAsync(page, "#grid-form", new() { ["Grid.Decision"] = nameof(JuryDecision.Favorable) });
        Assert.Contains("Grille enregistrée.", saved.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Learners_who_submit_after_the_session_is_made_are_added_with_the_next_numbers()
    {
        var learnerEmail = DemoSeeder.LearnerEmail(4);
        var session = await app.WithDbAsync(async db =>
        {
            var demo = await db.ExamSessions.AsNoTracking().Include(s => s.Candidates).SingleAsync(s => s.Title == CertificationDemo.SessionTitle);
            return demo;
        });
        var learner = await app.SignInAsync(learnerEmail);
        await SubmitDossierAsync(learner, learnerEmail, await app.WithDbAsync(db => db.FrameworkElements.Where(e => e.Id == session.BlockId).Select(e => e.Code).SingleAsync()));

        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        var page = await coordinator.GetPageAsync("/certification/sessions");
        var form = page.FindAll("form.add-candidates").Single(f => f.GetAttribute("action")!.Contains(session.Id.ToString(), StringComparison.Ordinal));
        Assert.Contains("Ajouter 1 dossier(s) soumis depuis", form.TextContent, StringComparison.Ordinal);
        form.Id = "add-late";
        var after = await coordinator.SubmitAndFollowAsync(page, "#add-late");
        Assert.Contains("1 candidat(s) ajouté(s)", after.Text, StringComparison.Ordinal);

        var candidates = await app.WithDbAsync(db => db.ExamCandidates.AsNoTracking().Where(c => c.SessionId == session.Id).ToListAsync());
        Assert.Equal(session.Candidates.Count + 1, candidates.Count);
        Assert.Equal(candidates.Count, candidates.Select(c => c.Number).Distinct().Count());
        var added = candidates.Single(c => session.Candidates.All(o => o.Id != c.Id));
        Assert.Equal(await app.UserIdAsync(learnerEmail), added.LearnerId);
        Assert.Equal(ExamSession.CandidateNumber(session.Candidates[0].Number[..session.Candidates[0].Number.LastIndexOf('-')], session.Candidates.Count), added.Number);
        Assert.DoesNotContain((await coordinator.GetPageAsync("/certification/sessions")).FindAll("form.add-candidates"),
            f => f.GetAttribute("action")!.Contains(session.Id.ToString(), StringComparison.Ordinal));

        // A session over takes no one any more (even from a page loaded before it ended).
        await app.WithDbAsync(async db =>
        {
            var s = await db.ExamSessions.SingleAsync(x => x.Id == session.Id);
            s.EndsAt = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
            s.StartsAt = s.EndsAt.AddDays(-1);
            await db.SaveChangesAsync();
        });
        var lateEmail = DemoSeeder.LearnerEmail(5);
        await SubmitDossierAsync(await app.SignInAsync(lateEmail), lateEmail, await app.WithDbAsync(db => db.FrameworkElements.Where(e => e.Id == session.BlockId).Select(e => e.Code).SingleAsync()));
        var tooLate = await (await coordinator.SubmitAsync(page, "#add-late")).ToPageAsync();
        Assert.Contains(tooLate.Errors(), e => e.Contains("est terminée", StringComparison.Ordinal));
        Assert.Equal(candidates.Count, await app.WithDbAsync(db => db.ExamCandidates.CountAsync(c => c.SessionId == session.Id)));

        // Teachers do not manage sessions.
        var teacher = await app.SignInAsync(Accounts.Teacher);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await teacher.GetAsync("/certification/sessions")).StatusCode);
    }

    private async Task<Guid> SubmitDossierAsync(HttpClient learner, string email, string blockCode)
    {
        // The demo référent asks for two pieces at least.
        var traces = await app.WithDbAsync(db => db.Traces.Where(t => t.DeletedAt == null && db.Users.Any(u => u.Id == t.LearnerId && u.Email == email)).Select(t => t.Id).Take(2).ToListAsync());
        var dossier = await CertificationFlow.StartAsync(app, learner, email, blockCode);
        foreach (var trace in traces)
        {
            await CertificationFlow.AddTraceAsync(learner, dossier, trace);
        }

        var submitted = await CertificationFlow.SubmitAsync(learner, dossier);
        Assert.Empty(submitted.Errors());
        return dossier;
    }

    /// <summary>An open session of the bloc for the demo jury, with the learner as its only candidate.</summary>
    private Task<Guid> OpenSessionAsync(string email, string blockCode) => app.WithDbAsync(async db =>
    {
        var learnerId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var cohort = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
        var blockId = await db.FrameworkElements.Where(e => e.FrameworkId == cohort.FrameworkId && e.Code == blockCode).Select(e => e.Id).SingleAsync();
        var session = new ExamSession { CohortId = cohort.Id, BlockId = blockId, Title = $"Session {blockCode}", StartsAt = app.Clock.GetUtcNow().UtcDateTime.AddHours(-1), EndsAt = app.Clock.GetUtcNow().UtcDateTime.AddDays(1) };
        session.Jurors.Add(new ExamJuror { SessionId = session.Id, PersonId = await db.Users.Where(u => u.Email == Accounts.Jury).Select(u => u.Id).SingleAsync() });
        var candidate = new ExamCandidate { SessionId = session.Id, LearnerId = learnerId, Number = $"T-{blockCode}-001" };
        session.Candidates.Add(candidate);
        db.ExamSessions.Add(session);
        await db.SaveChangesAsync();
        return candidate.Id;
    });

    private Task GivePlacementAsync(string email, DateOnly start, DateOnly end) => app.WithDbAsync(async db =>
    {
        var learnerId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var cohort = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
        var host = await db.HostOrganisations.Select(h => h.Id).FirstAsync();
        var period = PfmpPeriod.New(cohort.Id, learnerId, host, app.Clock.GetUtcNow().UtcDateTime);
        period.Start = start;
        period.End = end;
        period.WeeklyHours = 35;
        period.Convention.Status = ConventionStatus.Signed;
        db.PfmpPeriods.Add(period);
        await db.SaveChangesAsync();
    });
}
