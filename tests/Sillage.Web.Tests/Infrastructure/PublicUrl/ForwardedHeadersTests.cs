using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Tests.Infrastructure.PublicUrl;

/// <summary>X-Forwarded-Proto/For are believed from loopback and the configured proxies only, never from anyone.</summary>
public sealed class ForwardedHeadersTests(SillageApp app) : IClassFixture<SillageApp>
{
    private const string ClientAddressHeader = "X-Test-Client-Address";

    [Theory]
    [InlineData("203.0.113.9", false)]
    [InlineData("198.51.100.8", false)]
    [InlineData("127.0.0.1", true)]
    [InlineData("198.51.100.7", true)]
    [InlineData("10.20.30.40", true)]
    public async Task A_proto_header_counts_only_from_a_listed_proxy(string from, bool trusted)
    {
        using var factory = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("ForwardedHeaders:Enabled", "true");
            b.UseSetting("ForwardedHeaders:KnownProxies:0", "198.51.100.7");
            b.UseSetting("ForwardedHeaders:KnownNetworks", "10.0.0.0/8;192.168.0.0/16");
            b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        });
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });
        var request = new HttpRequestMessage(HttpMethod.Get, "/connexion");
        request.Headers.Add(ClientAddressHeader, from);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "192.0.2.1");

        // Over plain HTTP the app answers 400 "use HTTPS" (secure cookies): only a believed X-Forwarded-Proto gets the page.
        var response = await client.SendAsync(request);
        Assert.Equal(trusted ? HttpStatusCode.OK : HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "10.0.0.0/8", "ForwardedHeaders__KnownProxies")]
    [InlineData("ForwardedHeaders:KnownNetworks", "tous", "ForwardedHeaders__KnownNetworks")]
    public void A_malformed_proxy_list_stops_the_start_and_names_the_setting(string key, string value, string named)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        var error = Assert.Throws<InvalidOperationException>(() => ForwardedHeadersSetup.Options(configuration));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loopback_stays_trusted_and_the_lists_are_never_emptied()
    {
        var options = ForwardedHeadersSetup.Options(new ConfigurationBuilder().Build());
        Assert.Contains(IPAddress.IPv6Loopback, options.KnownProxies);
        Assert.Contains(options.KnownIPNetworks, n => n.Contains(IPAddress.Loopback));
        Assert.False(options.ForwardedHeaders.HasFlag(Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedHost));
    }

    /// <summary>TestServer has no client address; the tests give one per request.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientAddressHeader, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return nextMiddleware(context);
            });
            next(builder);
        };
    }
}
