using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Tests.Pages.Portfolio;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>Responses to a signed-in user are never stored by the browser or a proxy; static assets stay cacheable.</summary>
public sealed class PrivateResponseTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static bool NoStore(HttpResponseMessage response) => response.Headers.CacheControl?.NoStore == true;

    [Fact]
    public async Task Pages_and_files_answered_to_a_signed_in_user_carry_no_store()
    {
        var learnerId = await app.UserIdAsync(Accounts.Learner);
        var attachment = await app.WithDbAsync(db => db.Attachments.Where(a => a.DeletedAt == null && db.Traces.Any(t => t.Id == a.TraceId && t.LearnerId == learnerId))
            .Select(a => a.Id).FirstAsync());
        var learner = await app.SignInAsync(Accounts.Learner);

        foreach (var url in new[] { "/", "/dossier", "/suivi/actions", $"/dossier/pieces/{attachment}" })
        {
            var response = await learner.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(NoStore(response), $"{url}: Cache-Control {response.Headers.CacheControl}");
        }

        var missing = await learner.GetAsync($"/dossier/pieces/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(NoStore(missing));

        var staticAsset = await learner.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, staticAsset.StatusCode);
        Assert.False(NoStore(staticAsset), $"Cache-Control {staticAsset.Headers.CacheControl}");
    }
}
