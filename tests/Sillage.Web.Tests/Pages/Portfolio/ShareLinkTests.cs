using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Portfolio;

public sealed class ShareLinkTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static readonly string Learner = DemoSeeder.LearnerEmail(8);

    private async Task<(HttpClient Client, Guid Shared, Guid NotShared, string Url)> ShareAsync(int days = 30)
    {
        var client = await app.SignInAsync(Learner);
        var shared = await client.CreateAsync("Trace partagée", "Texte partagé.");
        var notShared = await client.CreateAsync("Trace gardée privée", "Texte privé.");
        var page = await client.GetPageAsync("/dossier/partages");
        var result = await client.SubmitAndFollowAsync(page, "#share-form", new() { ["Label"] = "Tuteur de PFMP", ["Days"] = days.ToString(), ["TraceIds"] = shared.ToString() });
        var url = new Uri(result.Find("#new-link")!.GetAttribute("value")!).PathAndQuery;
        return (client, shared, notShared, url);
    }

    [Fact]
    public async Task A_share_link_shows_only_what_it_shares_without_an_account()
    {
        var (_, shared, notShared, url) = await ShareAsync();
        var anonymous = app.Anonymous();
        var response = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("noindex, nofollow", response.Headers.GetValues("X-Robots-Tag").Single());
        var page = await response.ToPageAsync();
        Assert.Equal("no-referrer", page.Document.QuerySelector("meta[name=referrer]")!.GetAttribute("content"));
        Assert.Contains("Texte partagé.", page.Text);
        Assert.DoesNotContain("Texte privé.", page.Text);
        Assert.Null(page.Find("form[action*=handler]"));

        var hash = Sillage.Domain.Portfolio.ShareLink.Hash(url.Split('/').Last());
        var link = await app.WithDbAsync(db => db.ShareLinks.SingleAsync(s => s.TokenHash == hash));
        Assert.Equal(1, link.OpenCount);
        Assert.DoesNotContain(url.Split('/').Last(), link.TokenHash, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/dossier/traces/{notShared}")).StatusCode);
    }

    [Fact]
    public async Task A_share_link_serves_the_attachments_of_its_traces_only()
    {
        var (client, shared, notShared, url) = await ShareAsync();
        foreach (var trace in new[] { shared, notShared })
        {
            var page = await client.GetPageAsync($"/dossier/traces/{trace}/pieces");
            await client.SubmitAsync(page, "#upload-form", files: new() { ["files"] = ("piece.txt", "x"u8.ToArray(), "text/plain") });
        }

        var attachments = await app.WithDbAsync(db => db.Attachments.Where(a => a.TraceId == shared || a.TraceId == notShared).ToListAsync());
        var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{url}/pieces/{attachments.Single(a => a.TraceId == shared).Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{url}/pieces/{attachments.Single(a => a.TraceId == notShared).Id}")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_link_opens_nothing()
    {
        var (client, shared, _, url) = await ShareAsync();
        var attachmentPage = await client.GetPageAsync($"/dossier/traces/{shared}/pieces");
        await client.SubmitAsync(attachmentPage, "#upload-form", files: new() { ["files"] = ("piece.txt", "x"u8.ToArray(), "text/plain") });
        var attachment = await app.WithDbAsync(db => db.Attachments.Where(a => a.TraceId == shared).Select(a => a.Id).SingleAsync());
        var page = await client.GetPageAsync("/dossier/partages");
        page.FindAll("form").First(f => f.QuerySelector("input[name=linkId]") is not null).Id = "revoke";
        await client.SubmitAsync(page, "#revoke");

        var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{url}/pieces/{attachment}")).StatusCode);
    }

    [Fact]
    public async Task An_expired_link_opens_nothing()
    {
        var (_, _, _, url) = await ShareAsync(days: 1);
        var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Made_up_tokens_and_other_learners_traces_cannot_be_shared()
    {
        var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/partage/" + Sillage.Domain.Portfolio.ShareLink.NewToken())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/partage/abc")).StatusCode);

        var other = await app.SignInAsync(DemoSeeder.LearnerEmail(9));
        var foreign = await other.CreateAsync("Trace d'un autre apprenant");
        var client = await app.SignInAsync(Learner);
        var page = await client.GetPageAsync("/dossier/partages");
        var result = await client.SubmitAndFollowAsync(page, "#share-form", new() { ["Label"] = "Pirate", ["Days"] = "30", ["TraceIds"] = foreign.ToString() });
        Assert.Contains("Choisissez au moins une trace à partager.", result.Errors());
    }
}
