using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Api;

/// <summary>Who may NOT reach the API: no token, a wrong one, a sign-in cookie, an expired, revoked or deactivated
/// person's token, a token of the wrong role or scope, and anyone asking for another establishment's ids (404, as the
/// pages: existence is not revealed). Every refusal is a ProblemDetails in the request's language.</summary>
public sealed class ApiAccessTests(ApiApp app) : IClassFixture<ApiApp>
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    private async Task<string> LearnerPathAsync(string email) => $"/api/v1/learners/{await app.UserIdAsync(email)}/competences";

    [Fact]
    public async Task Without_a_token_or_with_a_wrong_one_the_answer_is_401_with_a_bearer_challenge()
    {
        var anonymous = await app.Anonymous().GetAsync("/api/v1/cohorts");
        var problem = await ProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("Authentification requise", problem.GetProperty("title").GetString());

        var wrong = await app.Bearer("sil_" + new string('x', 43)).GetAsync("/api/v1/cohorts");
        await ProblemAsync(wrong, HttpStatusCode.Unauthorized);
        Assert.Contains("invalid_token", wrong.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_cookie_does_not_authenticate_the_api()
    {
        var signedIn = await app.SignInAsync(Accounts.Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/promotions")).StatusCode);
        await ProblemAsync(await signedIn.GetAsync("/api/v1/cohorts"), HttpStatusCode.Unauthorized);
        var cohort = await app.OwnCohortAsync();
        await ProblemAsync(await signedIn.PostAsync($"/api/v1/cohorts/{cohort}/learner-imports",
            new StringContent("Nom;Prénom;E-mail\nX;Y;cookie.csrf@example.org\n", Encoding.UTF8, "text/csv")), HttpStatusCode.Unauthorized);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "cookie.csrf@example.org")));
    }

    [Fact]
    public async Task Expired_revoked_and_deactivated_peoples_tokens_are_refused()
    {
        var expired = await app.TokenAsync(Accounts.Teacher);
        var client = app.Bearer(expired.Token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/cohorts")).StatusCode);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithDbAsync(db => db.PersonalAccessTokens.Where(t => t.Id == expired.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, now)));
        await ProblemAsync(await client.GetAsync("/api/v1/cohorts"), HttpStatusCode.Unauthorized);

        var revoked = await app.TokenAsync(Accounts.Teacher);
        client = app.Bearer(revoked.Token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/cohorts")).StatusCode);
        await app.WithDbAsync(db => db.PersonalAccessTokens.Where(t => t.Id == revoked.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTime.UtcNow)));
        await ProblemAsync(await client.GetAsync("/api/v1/cohorts"), HttpStatusCode.Unauthorized);

        var learner = await app.ClientAsync(Accounts.OtherLearner);
        var path = await LearnerPathAsync(Accounts.OtherLearner);
        Assert.Equal(HttpStatusCode.OK, (await learner.GetAsync(path)).StatusCode);
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.OtherLearner).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeactivatedAt, DateTime.UtcNow)));
        try
        {
            await ProblemAsync(await learner.GetAsync(path), HttpStatusCode.Unauthorized);
        }
        finally
        {
            await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.OtherLearner).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeactivatedAt, (DateTime?)null)));
        }
    }

    [Fact]
    public async Task Another_establishments_ids_answer_404_on_every_endpoint()
    {
        var teacher = await app.ClientAsync(Accounts.Teacher);
        var coordinator = await app.ClientAsync(Accounts.Coordinator);
        var foreignCohort = await app.CohortIdAsync(DemoSeeder.SecondCohortName);
        var foreignLearner = await app.UserIdAsync(Accounts.Other.Learner);
        foreach (var path in new[] { "competences", "positionnements", "traces", "pfmp" })
        {
            await ProblemAsync(await teacher.GetAsync($"/api/v1/learners/{foreignLearner}/{path}"), HttpStatusCode.NotFound);
            await ProblemAsync(await coordinator.GetAsync($"/api/v1/learners/{foreignLearner}/{path}"), HttpStatusCode.NotFound);
        }

        await ProblemAsync(await teacher.GetAsync($"/api/v1/cohorts/{foreignCohort}/learners"), HttpStatusCode.NotFound);
        var before = await app.WithDbAsync(async db => (await db.Assessments.CountAsync(), await db.Users.CountAsync()));
        await ProblemAsync(await teacher.PostAsJsonAsync($"/api/v1/learners/{foreignLearner}/positionnements",
            new { elementId = await app.ElementIdAsync("C2.3.2"), level = 3, observedOn = "2026-11-13" }), HttpStatusCode.NotFound);
        await ProblemAsync(await coordinator.PostAsync($"/api/v1/cohorts/{foreignCohort}/learner-imports",
            new StringContent("Nom;Prénom;E-mail\nX;Y;foreign.import@example.org\n", Encoding.UTF8, "text/csv")), HttpStatusCode.NotFound);
        Assert.Equal(before, await app.WithDbAsync(async db => (await db.Assessments.CountAsync(), await db.Users.CountAsync())));
    }

    [Fact]
    public async Task A_learner_token_is_refused_the_staff_endpoints_and_other_learners()
    {
        var learner = await app.ClientAsync(Accounts.Learner);
        await ProblemAsync(await learner.GetAsync("/api/v1/cohorts"), HttpStatusCode.Forbidden);
        await ProblemAsync(await learner.GetAsync($"/api/v1/cohorts/{await app.OwnCohortAsync()}/learners"), HttpStatusCode.Forbidden);
        await ProblemAsync(await learner.GetAsync(await LearnerPathAsync(Accounts.OtherLearner)), HttpStatusCode.NotFound);
        var me = await app.UserIdAsync(Accounts.Learner);
        await ProblemAsync(await learner.PostAsJsonAsync($"/api/v1/learners/{me}/positionnements",
            new { elementId = await app.ElementIdAsync("C2.3.2"), level = 4, observedOn = "2026-11-13" }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Tutor_and_jury_tokens_reach_nothing()
    {
        foreach (var email in new[] { Accounts.Tutor, Accounts.Jury })
        {
            var client = await app.ClientAsync(email);
            await ProblemAsync(await client.GetAsync("/api/v1/cohorts"), HttpStatusCode.Forbidden);
            await ProblemAsync(await client.GetAsync(await LearnerPathAsync(Accounts.Learner)), HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task A_read_token_is_refused_the_write_endpoints_and_a_teacher_the_import()
    {
        var read = await app.ClientAsync(Accounts.Coordinator, write: false);
        var learner = await app.UserIdAsync(Accounts.Learner);
        var cohort = await app.OwnCohortAsync();
        var before = await app.WithDbAsync(async db => (await db.Assessments.CountAsync(), await db.Users.CountAsync()));
        await ProblemAsync(await read.PostAsJsonAsync($"/api/v1/learners/{learner}/positionnements",
            new { elementId = await app.ElementIdAsync("C2.3.2"), level = 3, observedOn = "2026-11-13" }), HttpStatusCode.Forbidden);
        await ProblemAsync(await read.PostAsync($"/api/v1/cohorts/{cohort}/learner-imports",
            new StringContent("Nom;Prénom;E-mail\nX;Y;read.import@example.org\n", Encoding.UTF8, "text/csv")), HttpStatusCode.Forbidden);
        var teacher = await app.ClientAsync(Accounts.Teacher);
        await ProblemAsync(await teacher.PostAsync($"/api/v1/cohorts/{cohort}/learner-imports",
            new StringContent("Nom;Prénom;E-mail\nX;Y;teacher.import@example.org\n", Encoding.UTF8, "text/csv")), HttpStatusCode.Forbidden);
        Assert.Equal(before, await app.WithDbAsync(async db => (await db.Assessments.CountAsync(), await db.Users.CountAsync())));
    }

    [Fact]
    public async Task Problems_speak_the_language_of_accept_language()
    {
        var client = await app.ClientAsync(Accounts.Teacher);
        var path = $"/api/v1/cohorts/{Guid.NewGuid()}/learners";
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        var english = await ProblemAsync(await client.GetAsync(path), HttpStatusCode.NotFound);
        Assert.Equal("Not found", english.GetProperty("title").GetString());
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var french = await ProblemAsync(await client.GetAsync(path), HttpStatusCode.NotFound);
        Assert.Equal("Introuvable", french.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Malformed_json_gets_a_400_problem_not_the_html_error_page()
    {
        var client = await app.ClientAsync(Accounts.Teacher);
        var learner = await app.UserIdAsync(Accounts.Learner);
        await ProblemAsync(await client.PostAsync($"/api/v1/learners/{learner}/positionnements", new StringContent("{ level: ", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
    }
}

/// <summary>Each token has its budget of requests a minute; past it, 429 with Retry-After, and other tokens go on.</summary>
public sealed class ApiRateLimitTests(LimitedApiApp app) : IClassFixture<LimitedApiApp>
{
    [Fact]
    public async Task Past_its_budget_a_token_gets_429_with_retry_after_and_another_token_is_not_affected()
    {
        var client = await app.ClientAsync(Accounts.Teacher);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/cohorts")).StatusCode);
        }

        var refused = await client.GetAsync("/api/v1/cohorts");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsync(Accounts.Teacher)).GetAsync("/api/v1/cohorts")).StatusCode);
    }
}
