using System.Net;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>Browsers ask for /favicon.ico on every page, signed in or not.</summary>
public sealed class FaviconTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task The_icon_is_served_to_anonymous_visitors(string url, string type)
    {
        var response = await app.Anonymous().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_declare_the_icon()
    {
        var page = await app.Anonymous().GetPageAsync("/connexion");

        Assert.NotNull(page.Find("link[rel=icon][type='image/svg+xml']"));
    }
}
