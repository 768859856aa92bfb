using System.Net;

namespace Sillage.Web.Tests.Infrastructure;

public sealed class SecurityTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task Every_response_carries_a_csp_without_inline_script_and_the_other_headers()
    {
        var response = await app.Anonymous().GetAsync("/connexion");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline' ;", csp.Replace("style-src-attr 'unsafe-inline'", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task No_page_contains_an_inline_script()
    {
        var client = await app.SignInAsync(Accounts.Admin);
        foreach (var url in new[] { "/", "/referentiel", "/personnes", "/promotions", "/admin", "/compte" })
        {
            var page = await client.GetPageAsync(url);
            Assert.All(page.FindAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), $"inline script on {url}"));
            Assert.Empty(page.FindAll("[onclick],[onload],[onchange],[onsubmit]"));
        }
    }

    [Fact]
    public async Task With_secure_cookies_a_plain_http_request_is_told_to_use_https_instead_of_failing()
    {
        // The tests' app marks cookies Secure, as production does; these requests come over plain HTTP.
        var http = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });
        foreach (var url in new[] { "/connexion", "/installation", "/" })
        {
            var response = await http.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Contains("Sillage doit être servi en HTTPS", text, StringComparison.Ordinal);
            Assert.Contains("ForwardedHeaders__Enabled=true", text, StringComparison.Ordinal);
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);

        // Behind a TLS proxy that says so, the same request is served.
        using var proxied = app.WithWebHostBuilder(b => b.UseSetting("ForwardedHeaders:Enabled", "true"));
        var client = proxied.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });
        var request = new HttpRequestMessage(HttpMethod.Get, "/connexion");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var served = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Contains(served.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sillage.af", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Health_reports_the_database()
    {
        var response = await app.Anonymous().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_are_french_by_default_and_english_on_request()
    {
        var anonymous = app.Anonymous();
        var french = await anonymous.GetPageAsync("/connexion");
        Assert.Equal("fr", french.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Connexion à Sillage", french.Text, StringComparison.Ordinal);

        var request = new HttpRequestMessage(HttpMethod.Get, "/connexion");
        request.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        var english = await (await anonymous.SendAsync(request)).ToPageAsync();
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain("Connexion à Sillage", english.Text, StringComparison.Ordinal);
    }
}
