using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Certification.Ccf;

/// <summary>The E3-B timed session with the pinned clock: the source document only during each candidate's time
/// (extra time included), productions kept and marked late after it, never refused.</summary>
public sealed class CcfProductionTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task The_source_shows_only_during_each_candidates_time_and_late_productions_are_kept_and_marked()
    {
        // 120 minutes from 10:00 UTC; the first candidate has a tiers temps (40 more minutes).
        var start = app.Clock.GetUtcNow().UtcDateTime.Date.AddHours(10);
        var sitting = await CcfTestData.AddSittingAsync(app, "E3", "E3-B", start, 120, DemoSeeder.LearnerEmail(6), DemoSeeder.LearnerEmail(7));
        var (slow, quick) = (sitting.Candidates[0].Id, sitting.Candidates[1].Id);
        await app.WithDbAsync(db => db.CcfCandidates.Where(c => c.Id == slow).ExecuteUpdateAsync(u => u.SetProperty(c => c.ExtraTimePercent, 33)));

        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync($"/certification/ccf/passages/{sitting.Id}");
        await teacher.SubmitAndFollowAsync(page, "#source-form", files: new() { ["source"] = ("manual.pdf", "%PDF-1.4 technical manual"u8.ToArray(), "application/pdf") });
        var source = await app.WithDbAsync(db => db.CcfFiles.Where(f => f.SittingId == sitting.Id && f.Kind == CcfFileKind.Source).Select(f => f.Id).SingleAsync());

        var slowClient = await app.SignInAsync(DemoSeeder.LearnerEmail(6));
        var quickClient = await app.SignInAsync(DemoSeeder.LearnerEmail(7));
        string Url(Guid candidate) => $"/certification/ccf/mes-epreuves?handler=Source&candidateId={candidate}&fileId={source}";

        // Before the start: nothing, not even by its address; no upload form.
        Assert.Equal(HttpStatusCode.NotFound, (await quickClient.GetAsync(Url(quick))).StatusCode);
        Assert.Null((await quickClient.GetPageAsync("/certification/ccf/mes-epreuves")).Find("form.production-form"));

        app.Clock.SetUtcNow(start.AddMinutes(5));
        var mine = await quickClient.GetPageAsync("/certification/ccf/mes-epreuves");
        Assert.Contains("manual.pdf", mine.Find("[data-situation='E3-B'] .sources")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await quickClient.GetAsync(Url(quick))).StatusCode);
        // Another learner's candidacy is not theirs.
        Assert.Equal(HttpStatusCode.NotFound, (await quickClient.GetAsync(Url(slow))).StatusCode);

        var onTime = await quickClient.SubmitAndFollowAsync(mine, "form.production-form", files: new() { ["production"] = ("fiche.pdf", "%PDF-1.4 fiche"u8.ToArray(), "application/pdf") });
        Assert.Contains("Production déposée.", onTime.Text, StringComparison.Ordinal);

        // After 120 minutes: the quick candidate's time is over, the slow one's is not.
        app.Clock.SetUtcNow(start.AddMinutes(125));
        Assert.Equal(HttpStatusCode.NotFound, (await quickClient.GetAsync(Url(quick))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await slowClient.GetAsync(Url(slow))).StatusCode);
        var late = await quickClient.SubmitAndFollowAsync(await quickClient.GetPageAsync("/certification/ccf/mes-epreuves"), "form.production-form",
            files: new() { ["production"] = ("fiche-v2.pdf", "%PDF-1.4 fiche v2"u8.ToArray(), "application/pdf") });
        Assert.Contains("elle est gardée et signalée en retard", late.Text, StringComparison.Ordinal);

        app.Clock.SetUtcNow(start.AddMinutes(161));
        Assert.Equal(HttpStatusCode.NotFound, (await slowClient.GetAsync(Url(slow))).StatusCode);

        var productions = await app.WithDbAsync(db => db.CcfFiles.AsNoTracking().Where(f => f.CandidateId == quick).OrderBy(f => f.UploadedAt).Select(f => new { f.FileName, f.Late }).ToListAsync());
        Assert.Equal([("fiche.pdf", false), ("fiche-v2.pdf", true)], productions.Select(p => (p.FileName, p.Late)));
        var team = await teacher.GetPageAsync($"/certification/ccf/passages/{sitting.Id}");
        Assert.Single(team.FindAll("#productions .late"));
        Assert.Equal(2, team.FindAll("#productions tbody tr").Count());
    }

    [Fact]
    public async Task A_production_for_a_sitting_that_is_not_practical_is_refused()
    {
        var e1 = await CcfTestData.DemoSittingAsync(app, "E1-A");
        var learner = await app.SignInAsync(Accounts.Learner);
        var candidate = await app.WithDbAsync(db => db.CcfCandidates.Where(c => c.SittingId == e1 && c.LearnerId == db.Users.Single(u => u.Email == Accounts.Learner).Id).Select(c => c.Id).SingleAsync());
        var token = (await learner.GetPageAsync("/certification/ccf/mes-epreuves")).Find("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                    ?? (await learner.GetPageAsync("/compte")).Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent("%PDF-1.4"u8.ToArray()), "production", "x.pdf" } };
        Assert.Equal(HttpStatusCode.NotFound, (await learner.PostAsync($"/certification/ccf/mes-epreuves?handler=Upload&candidateId={candidate}", form)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.CcfFiles.AnyAsync(f => f.CandidateId == candidate)));
    }
}
