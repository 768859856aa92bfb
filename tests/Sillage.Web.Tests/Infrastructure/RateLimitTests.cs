using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>The public verification and every request that starts a background job are rate limited: per client
/// address when anonymous, per user when signed in, with the localised 429 page.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly LimitedApp _app = new();

    public void Dispose() => _app.Dispose();

    private static async Task<HttpResponseMessage> VerifyAsync(HttpClient client)
    {
        var page = await client.GetPageAsync("/verifier");
        return await client.SubmitAsync(page, "#verify-form", new() { ["Fingerprint"] = new string('a', 64) });
    }

    [Fact]
    public async Task The_public_verification_is_limited_per_client_address()
    {
        var visitor = _app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await VerifyAsync(visitor)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await VerifyAsync(visitor)).StatusCode);

        var refused = await VerifyAsync(visitor);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Trop de demandes en peu de temps", (await refused.ToPageAsync()).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/verifier")).StatusCode);
    }

    [Fact]
    public async Task Starting_jobs_is_limited_per_user_and_other_posts_of_the_page_stay_free()
    {
        var learner = await _app.SignInAsync(Accounts.Learner);
        var jobsBefore = await _app.WithDbAsync(db => db.BackgroundJobs.CountAsync());
        async Task<HttpResponseMessage> AskForDataAsync(HttpClient client) =>
            await client.SubmitAsync(await client.GetPageAsync("/compte"), "form[action*='handler=Data']");

        Assert.Equal(HttpStatusCode.Redirect, (await AskForDataAsync(learner)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AskForDataAsync(learner)).StatusCode);
        var refused = await AskForDataAsync(learner);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("rien n'a été lancé", (await refused.ToPageAsync()).Text, StringComparison.Ordinal);
        Assert.Equal(jobsBefore + 2, await _app.WithDbAsync(db => db.BackgroundJobs.CountAsync()));
        var culture = await learner.SubmitAsync(await learner.GetPageAsync("/compte"), "form[action*='handler=Culture']");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, culture.StatusCode);

        // Another user from the same address has their own allowance.
        var other = await _app.SignInAsync(Accounts.OtherLearner);
        Assert.Equal(HttpStatusCode.Redirect, (await AskForDataAsync(other)).StatusCode);
    }

    private sealed class LimitedApp : SillageApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:VerificationsPerMinute", "2");
            builder.UseSetting("Security:JobStartsPerMinute", "2");
        }
    }
}
