using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sillage.Web.Tests.Infrastructure.PublicUrl;

/// <summary>Outside Development and the demo: no start without a valid public address, and requests for another host
/// refused (except /health, which load balancers call by IP).</summary>
public sealed class StartupAndHostsTests(ProductionLikeApp app) : IClassFixture<ProductionLikeApp>
{
    [Theory]
    [InlineData("")]
    [InlineData("sillage.example.fr")]
    [InlineData("https://sillage.example.fr/?etablissement=1")]
    public void Without_a_valid_public_address_the_app_refuses_to_start_and_names_the_setting(string value)
    {
        using var factory = app.WithWebHostBuilder(b => b.UseSetting("App:PublicUrl", value));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("App__PublicUrl", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_for_another_host_is_refused_but_health_answers_any_host()
    {
        var client = app.Anonymous();
        Assert.NotEqual(HttpStatusCode.BadRequest, (await client.GetAsync("/connexion")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(client, "/connexion", "evil.example")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(client, "/mot-de-passe-oublie", "localhost.evil.example")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, "/health", "10.0.0.5")).StatusCode);
    }

    [Fact]
    public async Task AllowedHosts_set_by_the_operator_replaces_the_public_host()
    {
        using var factory = app.WithWebHostBuilder(b => b.UseSetting("AllowedHosts", "sillage.example.fr;*.academie.example"));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = app.ClientOptions.BaseAddress });
        Assert.NotEqual(HttpStatusCode.BadRequest, (await SendAsync(client, "/connexion", "lycee.academie.example")).StatusCode);
        Assert.NotEqual(HttpStatusCode.BadRequest, (await SendAsync(client, "/connexion", "sillage.example.fr")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(client, "/connexion", "localhost")).StatusCode);
    }

    [Fact]
    public async Task X_Forwarded_Host_is_not_honoured_even_from_a_trusted_proxy()
    {
        using var factory = app.WithWebHostBuilder(b => b.UseSetting("ForwardedHeaders:Enabled", "true"));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = app.ClientOptions.BaseAddress });
        var request = new HttpRequestMessage(HttpMethod.Get, "/connexion");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        request.Headers.Add("X-Forwarded-Proto", "https");

        // Honoured, it would have replaced the host, which the host filtering (after the forwarded headers) refuses.
        Assert.NotEqual(HttpStatusCode.BadRequest, (await client.SendAsync(request)).StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return client.SendAsync(request);
    }
}
