using System.Net;
using System.Web;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Tests.Pages.Account;

/// <summary>
/// The real OpenID Connect handler, with a provider configured (its metadata given, nothing fetched): the address the
/// provider sends the browser back to is under <c>App:PublicUrl</c>, whatever host the request named.
/// </summary>
public sealed class OidcAddressTests(OidcAddressTests.OidcApp app) : IClassFixture<OidcAddressTests.OidcApp>
{
    [Theory]
    [InlineData(null)]
    [InlineData("evil.example")]
    public async Task The_callback_address_sent_to_the_provider_is_the_public_one(string? host)
    {
        var client = app.Anonymous();
        if (host is not null)
        {
            client.DefaultRequestHeaders.Host = host;
        }

        var login = await client.GetPageAsync("/connexion");
        var challenge = await client.SubmitAsync(login, "form[action*='/connexion/externe']");

        Assert.True(challenge.StatusCode == HttpStatusCode.Redirect, $"{(int)challenge.StatusCode}: {string.Join("\n", app.Errors)}");
        var location = challenge.Headers.Location!;
        Assert.StartsWith("https://idp.example/authorize", location.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("https://sillage.example.fr/signin-oidc", HttpUtility.ParseQueryString(location.Query)["redirect_uri"]);
    }

    /// <summary>Public address sillage.example.fr, reached by the test client as localhost (a proxy rewriting the Host
    /// header would do the same), with an identity provider whose metadata is given.</summary>
    public sealed class OidcApp : SillageApp
    {
        /// <summary>The unexpected exceptions the app turned into its error page, for the failure messages.</summary>
        public System.Collections.Concurrent.ConcurrentQueue<string> Errors { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("App:PublicUrl", "https://sillage.example.fr");
            builder.UseSetting("AllowedHosts", "*");
            builder.UseSetting("Authentication:Oidc:Authority", "https://idp.example");
            builder.UseSetting("Authentication:Oidc:ClientId", "sillage");
            builder.UseSetting("Authentication:Oidc:ClientSecret", "secret");
            builder.ConfigureTestServices(services => services.Configure<OpenIdConnectOptions>(OidcSetup.Scheme, o => o.Configuration = new OpenIdConnectConfiguration
            {
                Issuer = "https://idp.example",
                AuthorizationEndpoint = "https://idp.example/authorize",
                TokenEndpoint = "https://idp.example/token",
                EndSessionEndpoint = "https://idp.example/logout",
            }).AddSingleton<IStartupFilter>(new ErrorRecorder(Errors)));
        }
    }

    private sealed class ErrorRecorder(System.Collections.Concurrent.ConcurrentQueue<string> errors) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                await inner(context);
                if (context.Features.Get<IExceptionHandlerFeature>()?.Error is { } error)
                {
                    errors.Enqueue(error.ToString());
                }
            });
            next(app);
        };
    }
}
