using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Web.Pages.Certification;

namespace Sillage.Web.Tests.Pages.Certification.Jury;

/// <summary>
/// A browser may hold a jury link's cookie and an account's cookie at once. Each grants on its own: the link opens
/// its session only, the account what its own person sits in; together they never reach more than the two apart —
/// above all, an account of anyone never lifts the link's one-session limit.
/// </summary>
public sealed class LinkAndAccountTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task A_link_alone_reads_and_grades_its_session_only()
    {
        var (s1, s2) = await SessionsAsync();
        var juror = await OpenLinkAsync(app.Anonymous(), s1.Session);

        await AssertReachesAsync(juror, s1.Candidate, s1.Candidate);
        await AssertRefusedAsync(juror, s1.Candidate, s2.Candidate);
    }

    [Fact]
    public async Task An_account_alone_reaches_every_session_its_person_sits_in_and_a_non_member_none()
    {
        var (s1, s2) = await SessionsAsync();
        var member = await app.SignInAsync(Accounts.Jury);
        await AssertReachesAsync(member, s1.Candidate, s1.Candidate);
        await AssertReachesAsync(member, s1.Candidate, s2.Candidate);

        var learner = await app.SignInAsync(Accounts.Learner);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync($"/jury/candidats/{s2.Candidate}")).StatusCode);
    }

    [Fact]
    public async Task Another_person_s_account_does_not_lift_the_link_s_one_session_limit()
    {
        var (s1, s2) = await SessionsAsync();
        // Someone who got hold of the member's link opens it in a browser signed in with their own (learner) account.
        var both = await OpenLinkAsync(await app.SignInAsync(Accounts.Learner), s1.Session);

        await AssertReachesAsync(both, s1.Candidate, s1.Candidate);
        Assert.DoesNotContain(OtherSessionTitle, (await both.GetPageAsync("/jury")).Text, StringComparison.Ordinal);
        await AssertRefusedAsync(both, s1.Candidate, s2.Candidate);
    }

    [Fact]
    public async Task The_member_s_own_account_with_the_link_reaches_what_the_account_reaches()
    {
        var (s1, s2) = await SessionsAsync();
        var both = await OpenLinkAsync(await app.SignInAsync(Accounts.Jury), s1.Session);

        Assert.Contains(OtherSessionTitle, (await both.GetPageAsync("/jury")).Text, StringComparison.Ordinal);
        await AssertReachesAsync(both, s1.Candidate, s2.Candidate);
    }

    private const string OtherSessionTitle = "Session du lien et du compte";

    /// <summary>GET answers 200 and the grid saved through POST is recorded under the member's name.</summary>
    private async Task AssertReachesAsync(HttpClient client, Guid formCandidate, Guid candidate)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/jury/candidats/{candidate}")).StatusCode);
        var response = await PostGridAsync(client, formCandidate, candidate);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var member = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.Jury).Select(u => u.Id).SingleAsync());
        Assert.True(await app.WithDbAsync(db => db.JuryEvaluations.AnyAsync(e => e.CandidateId == candidate && e.JurorId == member)));
    }

    /// <summary>GET and POST answer 404, and no grid is recorded for the candidate.</summary>
    private async Task AssertRefusedAsync(HttpClient client, Guid formCandidate, Guid candidate)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jury/candidats/{candidate}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostGridAsync(client, formCandidate, candidate)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.JuryEvaluations.AnyAsync(e => e.CandidateId == candidate)));
    }

    /// <summary>Posts the grid form of a candidate the client may read, aimed at <paramref name="candidate"/> (both
    /// sessions share the bloc, so the grid fits either).</summary>
    private static async Task<HttpResponseMessage> PostGridAsync(HttpClient client, Guid formCandidate, Guid candidate)
    {
        var page = await client.GetPageAsync($"/jury/candidats/{formCandidate}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        page.Find("#grid-form")!.SetAttribute("action", $"/jury/candidats/{candidate}");
        return await client.SubmitAsync(page, "#grid-form", new()
        {
            ["Grid.Lines[0].Level"] = "2", ["Grid.OverallComment"] = "Grille d'essai.", ["Grid.Decision"] = nameof(JuryDecision.ToComplete),
            // Aimed at another candidate, the form is a first grid there.
            ["Grid.Version"] = formCandidate == candidate ? page.Find("input[name='Grid.Version']")!.GetAttribute("value") : "0",
        });
    }

    /// <summary>Opens a link of the demo jury member for <paramref name="sessionId"/>, created by the référent, in
    /// <paramref name="client"/>'s browser.</summary>
    private async Task<HttpClient> OpenLinkAsync(HttpClient client, Guid sessionId)
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var member = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.Jury).Select(u => u.Id).SingleAsync());
        var form = await referent.GetPageAsync($"/certification/sessions/{sessionId}/jury");
        var after = await referent.SubmitAndFollowAsync(form, $"form[action*='jurorId={member}']");
        var link = new Uri(after.Find("#jury-link")!.TextContent).PathAndQuery;
        var page = await client.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(page, "main form")).StatusCode);
        return client;
    }

    /// <summary>Two open sessions of the same bloc where the demo jury member sits, each with a candidate (the demo learner, whose
    /// dossier is frozen; no grid yet): the first is the link's.</summary>
    private Task<((Guid Session, Guid Candidate) S1, (Guid Session, Guid Candidate) S2)> SessionsAsync() => app.WithDbAsync(async db =>
    {
        var demo = await db.ExamSessions.AsNoTracking().Include(s => s.Candidates).SingleAsync(s => s.Title == CertificationDemo.SessionTitle);
        var member = await db.Users.Where(u => u.Email == Accounts.Jury).Select(u => u.Id).SingleAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        (Guid, Guid) Add(string title)
        {
            var session = new ExamSession { CohortId = demo.CohortId, BlockId = demo.BlockId, Title = title, StartsAt = now.AddDays(-1), EndsAt = now.AddDays(2) };
            session.Jurors.Add(new ExamJuror { SessionId = session.Id, PersonId = member });
            var candidate = new ExamCandidate { SessionId = session.Id, LearnerId = demo.Candidates[0].LearnerId, Number = $"L-{Guid.NewGuid():N}"[..10] };
            session.Candidates.Add(candidate);
            db.ExamSessions.Add(session);
            return (session.Id, candidate.Id);
        }

        var pair = (Add("Session du lien"), Add(OtherSessionTitle));
        await db.SaveChangesAsync();
        return pair;
    });
}
