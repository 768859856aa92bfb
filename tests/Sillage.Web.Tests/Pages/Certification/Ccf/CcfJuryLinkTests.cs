using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Certification;
using Sillage.Web.Pages.Certification.Ccf;

namespace Sillage.Web.Tests.Pages.Certification.Ccf;

/// <summary>The jury's link space shows each candidate's CCF record read-only (marks, coefficients, weighted average,
/// what the marks give, the frozen grids): only candidates of the jury's sessions, during the window, masked when the
/// session is anonymised; a link of the other establishment reads nothing of this one.</summary>
public sealed class CcfJuryLinkTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task A_jury_link_reads_its_candidates_CCF_record_masked_and_read_only()
    {
        var session = await app.WithDbAsync(db => db.ExamSessions.AsNoTracking().SingleAsync(s => s.Title == CertificationDemo.SessionTitle));
        Assert.True(session.AnonymizeCandidates);
        var graded = await CcfTestData.UserAsync(app, DemoSeeder.LearnerEmail(CcfGradingDemo.LearnerIndex));
        var candidate = await AddCandidateAsync(session.Id, graded, "2026-E1-099");
        var lastName = await app.WithDbAsync(db => db.Users.Where(u => u.Id == graded).Select(u => u.LastName).SingleAsync());
        var jurorId = await CcfTestData.UserAsync(app, Accounts.Jury);
        var juror = await OpenLinkAsync(await app.SignInAsync(Accounts.Coordinator), session.Id, jurorId);

        var dossier = await juror.GetPageAsync($"/jury/candidats/{candidate}");
        var link = dossier.Find("#ccf-link")!.GetAttribute("href")!;
        var page = await juror.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var marks = page.Find("#ccf-marks")!.TextContent;
        Assert.Contains("E1", marks, StringComparison.Ordinal);
        Assert.Contains("E3", marks, StringComparison.Ordinal);
        Assert.Contains("6", marks, StringComparison.Ordinal);
        Assert.Contains("/20", page.Find("#ccf-average")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, page.FindAll("#ccf-record section.ccf-grid").Count());
        Assert.Contains("2026-E1-099", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(lastName, page.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.FindAll("#ccf-record form, #ccf-record input, #ccf-record textarea"));
        await app.ReadAuditWrittenAsync();
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "ccf.jury-read" && a.SubjectId == candidate)));
    }

    [Fact]
    public async Task A_jury_link_of_the_other_establishment_cannot_read_this_ones_and_nor_can_staff_learners_or_tutors()
    {
        var demo = await app.WithDbAsync(db => db.ExamSessions.AsNoTracking().Include(s => s.Candidates).SingleAsync(s => s.Title == CertificationDemo.SessionTitle));
        var ours = $"/jury/candidats/{demo.Candidates[0].Id}/ccf";

        // Establishment B's own open session, with its jury member and learner, and a link to it.
        var otherEstablishment = await app.EstablishmentOfAsync(Accounts.Other.Coordinator);
        var otherJuror = await CcfTestData.UserAsync(app, Accounts.Other.Jury);
        var otherLearner = await CcfTestData.UserAsync(app, Accounts.Other.Learner);
        var (otherSession, otherCandidate) = await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.Where(c => c.EstablishmentId == otherEstablishment && db.CohortMembers.Any(m => m.CohortId == c.Id && m.PersonId == otherLearner))
                .Select(c => new { c.Id, c.FrameworkId }).FirstAsync();
            var block = await db.FrameworkElements.Where(e => e.FrameworkId == cohort.FrameworkId && e.Kind == ElementKind.Block).OrderBy(e => e.SortOrder).Select(e => e.Id).FirstAsync();
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var session = new ExamSession { CohortId = cohort.Id, BlockId = block, Title = "Session de Marie-Curie", StartsAt = now.AddDays(-1), EndsAt = now.AddDays(5) };
            session.Jurors.Add(new ExamJuror { SessionId = session.Id, PersonId = otherJuror });
            var candidate = new ExamCandidate { SessionId = session.Id, LearnerId = otherLearner, Number = "MC-001" };
            session.Candidates.Add(candidate);
            db.ExamSessions.Add(session);
            await db.SaveChangesAsync();
            return (session.Id, candidate.Id);
        });
        var otherLink = await OpenLinkAsync(await app.SignInAsync(Accounts.Other.Coordinator), otherSession, otherJuror);

        // Its own candidate's record opens (so the refusal below can fail); ours does not.
        Assert.Equal(HttpStatusCode.OK, (await otherLink.GetAsync($"/jury/candidats/{otherCandidate}/ccf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLink.GetAsync(ours)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(Accounts.Other.Jury)).GetAsync(ours)).StatusCode);

        foreach (var email in new[] { Accounts.Learner, Accounts.Teacher, Accounts.Coordinator, Accounts.Tutor })
        {
            var response = await (await app.SignInAsync(email)).GetAsync(ours);
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Outside_the_sessions_window_the_record_is_closed()
    {
        var demo = await app.WithDbAsync(db => db.ExamSessions.AsNoTracking().SingleAsync(s => s.Title == CertificationDemo.SessionTitle));
        var jurorId = await CcfTestData.UserAsync(app, Accounts.Jury);
        var graded = await CcfTestData.UserAsync(app, DemoSeeder.LearnerEmail(CcfGradingDemo.LearnerIndex));
        var candidate = await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var session = new ExamSession { CohortId = demo.CohortId, BlockId = demo.BlockId, Title = "Session close", StartsAt = now.AddDays(-10), EndsAt = now.AddDays(-2) };
            session.Jurors.Add(new ExamJuror { SessionId = session.Id, PersonId = jurorId });
            var candidate = new ExamCandidate { SessionId = session.Id, LearnerId = graded, Number = "X-001" };
            session.Candidates.Add(candidate);
            db.ExamSessions.Add(session);
            await db.SaveChangesAsync();
            return candidate.Id;
        });
        var page = await (await app.SignInAsync(Accounts.Jury)).GetPageAsync($"/jury/candidats/{candidate}/ccf");
        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.NotNull(page.Find("#window-closed"));
        Assert.Null(page.Find("#ccf-record"));
    }

    private Task<Guid> AddCandidateAsync(Guid sessionId, Guid learnerId, string number) => app.WithDbAsync(async db =>
    {
        var candidate = new ExamCandidate { SessionId = sessionId, LearnerId = learnerId, Number = number };
        db.ExamCandidates.Add(candidate);
        await db.SaveChangesAsync();
        return candidate.Id;
    });

    /// <summary>The référent hands out a link to the member; an anonymous browser opens it.</summary>
    private async Task<HttpClient> OpenLinkAsync(HttpClient referent, Guid sessionId, Guid jurorId)
    {
        var page = await referent.GetPageAsync($"/certification/sessions/{sessionId}/jury");
        var after = await referent.SubmitAndFollowAsync(page, $"form[action*='jurorId={jurorId}']");
        var link = new Uri(after.Find("#jury-link")?.TextContent ?? throw new InvalidOperationException(string.Join(" | ", after.Errors()))).PathAndQuery;
        var client = app.Anonymous();
        var response = await client.SubmitAsync(await client.GetPageAsync(link), "main form");
        Assert.Equal("/jury", response.Headers.Location!.OriginalString);
        return client;
    }
}
