using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain;
using Sillage.Domain.Certification;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Certification;

namespace Sillage.Web.Tests.Pages.Certification;

/// <summary>An external jury member comes in through a link: it opens the jury pages of one session only, while the
/// session lasts, and nothing else of the platform; it dies when revoked, expired, or when the member leaves the
/// session.</summary>
public sealed class JuryLinkTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task An_external_member_added_to_the_session_reads_its_candidates_through_a_link()
    {
        var external = await ExternalMemberAsync("claire.vasseur@cabinet-fictif.example");
        var session = await DemoSessionAsync();
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.GetPageAsync($"/certification/sessions/{session.Id}/jury");
        Assert.DoesNotContain("Claire Vasseur", page.Find("#jury-members")!.TextContent, StringComparison.Ordinal);
        var added = await referent.SubmitAndFollowAsync(page, "form[action*='handler=Add']", new() { ["jurorId"] = external.ToString() });
        Assert.Contains("Claire Vasseur", added.Find("#jury-members")!.TextContent, StringComparison.Ordinal);

        var link = await CreateLinkAsync(referent, session.Id, external);
        var email = await app.WithDbAsync(db => db.OutboxEmails.SingleAsync(e => e.To == "claire.vasseur@cabinet-fictif.example"));
        Assert.Contains(link, email.Body, StringComparison.Ordinal);
        Assert.Contains(CertificationDemo.SessionTitle, email.Subject, StringComparison.Ordinal);

        var juror = await OpenAsync(link);
        var home = await juror.GetPageAsync("/jury");
        Assert.Contains(CertificationDemo.SessionTitle, home.Text, StringComparison.Ordinal);
        Assert.Contains("Accès par lien, valable jusqu'au", home.Text, StringComparison.Ordinal);
        var candidate = session.Candidates[0];
        var candidatePage = await juror.GetPageAsync($"/jury/candidats/{candidate.Id}");
        Assert.Equal(HttpStatusCode.OK, candidatePage.Status);
        Assert.Equal(HttpStatusCode.OK, (await juror.GetAsync($"/jury/candidats/{candidate.Id}/telecharger/pdf")).StatusCode);

        // The grid is recorded under the member's name, as with an account.
        var saved = await juror.SubmitAndFollowAsync(candidatePage, "#grid-form", new()
        {
            ["Grid.Lines[0].Level"] = "2", ["Grid.OverallComment"] = "Lu par le membre extérieur.", ["Grid.Decision"] = nameof(JuryDecision.ToComplete),
        });
        Assert.Contains("Grille enregistrée.", saved.Text, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.JuryEvaluations.AnyAsync(e => e.CandidateId == candidate.Id && e.JurorId == external)));

        // Nothing else opens: the link's cookie is sent to /jury only, and no other page accepts it.
        foreach (var route in new[] { "/", "/compte", "/certification", "/notifications", "/referentiel", $"/certification/sessions/{session.Id}/jury" })
        {
            var response = await juror.GetAsync(route);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/connexion", new Uri(new Uri("https://localhost"), response.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_link_opens_its_own_session_and_no_other_session_of_the_member()
    {
        var member = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.Jury).Select(u => u.Id).SingleAsync());
        var session = await DemoSessionAsync();
        var other = await OtherOpenSessionAsync(member);
        var link = await CreateLinkAsync(await app.SignInAsync(Accounts.Coordinator), session.Id, member);
        var juror = await OpenAsync(link);

        Assert.DoesNotContain("Autre session ouverte", (await juror.GetPageAsync("/jury")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await juror.GetAsync($"/jury/candidats/{other}")).StatusCode);

        // The same member signed in with their account sees both, so the check above can fail.
        var account = await app.SignInAsync(Accounts.Jury);
        Assert.Contains("Autre session ouverte", (await account.GetPageAsync("/jury")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await account.GetAsync($"/jury/candidats/{other}")).StatusCode);
    }

    [Fact]
    public async Task The_link_dies_with_the_session_s_window_a_revocation_or_the_member_s_removal()
    {
        var member = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.Jury).Select(u => u.Id).SingleAsync());
        var session = await DemoSessionAsync();
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var candidate = $"/jury/candidats/{session.Candidates[0].Id}";

        // Expiry: the link lasts until the window closes, and no longer.
        var expiring = await CreateLinkAsync(referent, session.Id, member);
        Assert.Equal(session.EndsAt, await app.WithDbAsync(db => db.JuryLinks.Where(l => l.TokenHash == HashOf(expiring)).Select(l => l.ExpiresAt).SingleAsync()));
        var juror = await OpenAsync(expiring);
        Assert.Equal(HttpStatusCode.OK, (await juror.GetAsync(candidate)).StatusCode);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithDbAsync(db => db.JuryLinks.Where(l => l.TokenHash == HashOf(expiring)).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now)));
        var refused = await juror.GetAsync(candidate);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/jury/acces?expire=1", refused.Headers.Location!.OriginalString);
        Assert.Contains("Votre accès à l'espace jury a pris fin", (await juror.GetPageAsync("/jury/acces?expire=1")).Text, StringComparison.Ordinal);
        var again = await app.Anonymous().GetPageAsync(expiring);
        Assert.Equal(HttpStatusCode.Gone, again.Status);
        Assert.DoesNotContain("Ouvrir l'espace jury", again.Text, StringComparison.Ordinal);

        // Revocation.
        var revoked = await CreateLinkAsync(referent, session.Id, member);
        juror = await OpenAsync(revoked);
        var page = await referent.GetPageAsync($"/certification/sessions/{session.Id}/jury");
        var revokedId = await app.WithDbAsync(db => db.JuryLinks.Where(l => l.TokenHash == HashOf(revoked)).Select(l => l.Id).SingleAsync());
        await referent.SubmitAndFollowAsync(page, $"form[action*='linkId={revokedId}']");
        Assert.Equal(HttpStatusCode.Redirect, (await juror.GetAsync("/jury")).StatusCode);
        Assert.Contains("révoqué", (await app.Anonymous().GetPageAsync(revoked)).Text, StringComparison.Ordinal);

        // Removal from the session.
        var removed = await CreateLinkAsync(referent, session.Id, member);
        juror = await OpenAsync(removed);
        await app.WithDbAsync(db => db.ExamJurors.Where(j => j.SessionId == session.Id && j.PersonId == member).ExecuteDeleteAsync());
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, (await juror.GetAsync("/jury")).StatusCode);
            Assert.Equal(HttpStatusCode.Gone, (await app.Anonymous().GetPageAsync(removed)).Status);
        }
        finally
        {
            await app.WithDbAsync(async db =>
            {
                db.ExamJurors.Add(new ExamJuror { SessionId = session.Id, PersonId = member });
                await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task No_link_for_a_session_that_is_over_and_only_the_token_s_hash_is_kept()
    {
        var member = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.Jury).Select(u => u.Id).SingleAsync());
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var session = await DemoSessionAsync();
        var page = await referent.GetPageAsync($"/certification/sessions/{session.Id}/jury");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var over = await app.WithDbAsync(async db =>
        {
            var s = new ExamSession { CohortId = session.CohortId, BlockId = session.BlockId, Title = "Session passée", StartsAt = now.AddDays(-5), EndsAt = now.AddDays(-4) };
            s.Jurors.Add(new ExamJuror { SessionId = s.Id, PersonId = member });
            db.ExamSessions.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });
        var closed = await referent.GetPageAsync($"/certification/sessions/{over}/jury");
        Assert.Null(closed.Find("form[action*='handler=Link']"));

        // A stale form of an open session pointed at the closed one.
        var forged = await PostAsync(referent, page, $"/certification/sessions/{over}/jury?handler=Link&jurorId={member}");
        Assert.Contains("est terminée", string.Join(" ", (await forged.ToPageAsync()).Errors()), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.JuryLinks.AnyAsync(l => l.SessionId == over)));

        var link = await CreateLinkAsync(referent, session.Id, member);
        var token = link[(link.IndexOf("jeton=", StringComparison.Ordinal) + "jeton=".Length)..];
        var stored = await app.WithDbAsync(db => db.JuryLinks.Select(l => l.TokenHash).ToListAsync());
        Assert.DoesNotContain(token, stored);
        Assert.Contains(AccessToken.Hash(Uri.UnescapeDataString(token)), stored);
    }

    [Fact]
    public async Task Only_the_school_s_management_hands_out_links_and_a_member_must_sit_in_the_session()
    {
        var session = await DemoSessionAsync();
        var teacher = await app.SignInAsync(Accounts.Teacher);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync($"/certification/sessions/{session.Id}/jury")).StatusCode);
        var jury = await app.SignInAsync(Accounts.Jury);
        Assert.Equal(HttpStatusCode.Forbidden, (await jury.GetAsync($"/certification/sessions/{session.Id}/jury")).StatusCode);

        var outsider = await ExternalMemberAsync("paul.renaud@cabinet-fictif.example");
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.GetPageAsync($"/certification/sessions/{session.Id}/jury");
        var response = await PostAsync(referent, page, $"/certification/sessions/{session.Id}/jury?handler=Link&jurorId={outsider}");
        Assert.Contains("ne fait pas partie du jury", string.Join(" ", (await response.ToPageAsync()).Errors()), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.JuryLinks.AnyAsync(l => l.JurorId == outsider)));
    }

    [Fact]
    public async Task Another_establishment_s_jury_members_are_neither_offered_nor_accepted()
    {
        var session = await DemoSessionAsync();
        var names = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.Jury || u.Email == Accounts.Other.Jury)
            .ToDictionaryAsync(u => u.Email!, u => (u.Id, Name: u.FirstName + " " + u.LastName)));
        var (other, otherName) = names[Accounts.Other.Jury];
        var referent = await app.SignInAsync(Accounts.Coordinator);

        var sessions = await referent.GetPageAsync("/certification/sessions");
        var offered = sessions.Find("#session-form")!.TextContent;
        Assert.Contains(names[Accounts.Jury].Name, offered, StringComparison.Ordinal);
        Assert.DoesNotContain(otherName, offered, StringComparison.Ordinal);
        var created = await referent.SubmitAndFollowAsync(sessions, "#session-form", new()
        {
            ["Input.Title"] = "Session au jury d'un autre lycée", ["Input.JurorIds"] = other.ToString(),
            ["Input.CohortBlock"] = sessions.Find("#Input_CohortBlock option")!.GetAttribute("value"),
        });
        Assert.Contains("Choisissez au moins un membre du jury dans la liste.", string.Join(" ", created.Errors()), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.ExamSessions.AnyAsync(s => s.Title == "Session au jury d'un autre lycée")));

        var access = await referent.GetPageAsync($"/certification/sessions/{session.Id}/jury");
        Assert.DoesNotContain(otherName, access.Text, StringComparison.Ordinal);
        var added = await (await PostAsync(referent, access, $"/certification/sessions/{session.Id}/jury?handler=Add&jurorId={other}")).ToPageAsync();
        Assert.Contains("Choisissez un membre du jury dans la liste.", string.Join(" ", added.Errors()), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.ExamJurors.AnyAsync(j => j.PersonId == other && j.SessionId == session.Id)));
    }

    /// <summary>Posts to <paramref name="url"/> with the antiforgery token of <paramref name="page"/>'s forms.</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Page page, string url) =>
        client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));

    private static string HashOf(string link) =>
        AccessToken.Hash(Uri.UnescapeDataString(link[(link.IndexOf("jeton=", StringComparison.Ordinal) + "jeton=".Length)..]));

    private async Task<string> CreateLinkAsync(HttpClient referent, Guid sessionId, Guid jurorId)
    {
        var page = await referent.GetPageAsync($"/certification/sessions/{sessionId}/jury");
        var after = await referent.SubmitAndFollowAsync(page, $"form[action*='jurorId={jurorId}']");
        var link = after.Find("#jury-link")?.TextContent ?? throw new InvalidOperationException("No jury link shown: " + string.Join(" | ", after.Errors()));
        return new Uri(link).PathAndQuery;
    }

    /// <summary>An anonymous browser that opens a jury link and presses the button.</summary>
    private async Task<HttpClient> OpenAsync(string link)
    {
        var client = app.Anonymous();
        var page = await client.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(CertificationDemo.SessionTitle, page.Text, StringComparison.Ordinal);
        var response = await client.SubmitAsync(page, "main form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/jury", response.Headers.Location!.OriginalString);
        return client;
    }

    private Task<ExamSession> DemoSessionAsync() =>
        app.WithDbAsync(db => db.ExamSessions.AsNoTracking().Include(s => s.Candidates).Include(s => s.Jurors).SingleAsync(s => s.Title == CertificationDemo.SessionTitle));

    /// <summary>Another open session of the same bloc where the member sits, with one candidate; its id.</summary>
    private Task<Guid> OtherOpenSessionAsync(Guid member) => app.WithDbAsync(async db =>
    {
        var demo = await db.ExamSessions.AsNoTracking().Include(s => s.Candidates).SingleAsync(s => s.Title == CertificationDemo.SessionTitle);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var session = new ExamSession { CohortId = demo.CohortId, BlockId = demo.BlockId, Title = "Autre session ouverte", StartsAt = now.AddDays(-1), EndsAt = now.AddDays(2) };
        session.Jurors.Add(new ExamJuror { SessionId = session.Id, PersonId = member });
        var candidate = new ExamCandidate { SessionId = session.Id, LearnerId = demo.Candidates[0].LearnerId, Number = "Y-001" };
        session.Candidates.Add(candidate);
        db.ExamSessions.Add(session);
        await db.SaveChangesAsync();
        return candidate.Id;
    });

    /// <summary>A jury member from outside the school: a record with the Jury role and no password.</summary>
    private async Task<Guid> ExternalMemberAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var names = email.Split('@')[0].Split('.');
        var user = new User
        {
            FirstName = char.ToUpperInvariant(names[0][0]) + names[0][1..], LastName = char.ToUpperInvariant(names[1][0]) + names[1][1..],
            Email = email, UserName = email, EmailConfirmed = true, CreatedAt = DateTime.UtcNow,
        };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Jury)).Succeeded);
        return user.Id;
    }
}
