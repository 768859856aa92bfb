using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Sillage.Web.Tests.Pages.Account;

/// <summary>
/// Sign-in through an identity provider, with a stand-in provider in the test host: the claims it returns are the
/// test's. An account is linked by e-mail address only when the provider vouches for the address, and the
/// provider never lets in an account that its password would not (deactivated, locked out, second factor).
/// </summary>
public sealed class ExternalLoginTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task An_unverified_email_claim_neither_links_nor_signs_in()
    {
        foreach (var verified in new string?[] { null, "false" })
        {
            var (response, client) = await SignInAsync(Provider(), "ent-unverified-" + verified, "prof.eco@demo.sillage.test", verified);
            var page = await response.ToPageAsync();
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("ne garantit pas", page.Text, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/promotions")).StatusCode);
        }

        Assert.False(await app.WithDbAsync(db => db.UserLogins.AnyAsync(l => l.ProviderKey.StartsWith("ent-unverified"))));
    }

    [Fact]
    public async Task A_verified_email_links_the_account_which_then_signs_in_by_its_link()
    {
        var provider = Provider();
        var (first, client) = await SignInAsync(provider, "ent-verified", "prof.anglais@demo.sillage.test", "true");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/promotions")).StatusCode);

        // Later the provider sends no address at all: the link made the first time is enough.
        var (again, other) = await SignInAsync(provider, "ent-verified", null, null);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/promotions")).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_account_is_refused_even_through_an_existing_link()
    {
        var provider = Provider();
        const string email = "apprenant03@demo.sillage.test";
        var (first, _) = await SignInAsync(provider, "ent-deactivated", email, "true");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeactivatedAt, DateTime.UtcNow)));

        var (response, client) = await SignInAsync(provider, "ent-deactivated", email, "true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_locked_out_account_is_neither_linked_nor_signed_in()
    {
        const string email = "apprenant04@demo.sillage.test";
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddHours(1))));

        var (response, client) = await SignInAsync(Provider(), "ent-locked", email, "true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.UserLogins.AnyAsync(l => l.ProviderKey == "ent-locked")));
    }

    [Fact]
    public async Task Linking_an_account_with_a_second_factor_still_asks_for_the_code()
    {
        const string email = "prof.gestion@demo.sillage.test";
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorEnabled, true)));

        var (response, client) = await SignInAsync(Provider(), "ent-2fa", email, "true");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/connexion/code", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/promotions")).StatusCode);
    }

    [Fact]
    public async Task An_operator_may_trust_the_addresses_of_a_provider_that_sends_no_verification()
    {
        var (response, client) = await SignInAsync(Provider(trustUnverified: true), "ent-trusted", "prof.eco@demo.sillage.test", null);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/promotions")).StatusCode);
    }

    private WebApplicationFactory<Program> Provider(bool trustUnverified = false) => app.WithWebHostBuilder(builder =>
    {
        if (trustUnverified)
        {
            builder.UseSetting("Authentication:Oidc:TrustUnverifiedEmail", "true");
        }

        builder.ConfigureTestServices(services => services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TestProvider>(TestProvider.Name, "ENT de test", _ => { }));
    });

    /// <summary>Presses the provider's button on the sign-in page and comes back with the given claims; the
    /// callback's answer and the browser.</summary>
    private static async Task<(HttpResponseMessage Response, HttpClient Client)> SignInAsync(WebApplicationFactory<Program> factory, string subject, string? email, string? emailVerified)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Add(TestProvider.SubjectHeader, subject);
        if (email is not null)
        {
            client.DefaultRequestHeaders.Add(TestProvider.EmailHeader, email);
        }

        if (emailVerified is not null)
        {
            client.DefaultRequestHeaders.Add(TestProvider.EmailVerifiedHeader, emailVerified);
        }

        var login = await client.GetPageAsync("/connexion");
        var challenge = await client.SubmitAsync(login, "form[action*='/connexion/externe']");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        return (await client.GetAsync(challenge.Headers.Location), client);
    }

    /// <summary>A provider that answers its challenge at once: it signs the claims of the request's headers into
    /// the external cookie and sends the browser back, as an OpenID Connect provider's callback would.</summary>
    private sealed class TestProvider(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string Name = "test-ent";
        public const string SubjectHeader = "X-Test-Sub";
        public const string EmailHeader = "X-Test-Email";
        public const string EmailVerifiedHeader = "X-Test-Email-Verified";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());

        protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
        {
            var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, Request.Headers[SubjectHeader].ToString()) };
            if (Request.Headers.TryGetValue(EmailHeader, out var email))
            {
                claims.Add(new Claim(ClaimTypes.Email, email.ToString()));
            }

            if (Request.Headers.TryGetValue(EmailVerifiedHeader, out var verified))
            {
                claims.Add(new Claim("email_verified", verified.ToString()));
            }

            await Context.SignInAsync(IdentityConstants.ExternalScheme, new ClaimsPrincipal(new ClaimsIdentity(claims, Name)), properties);
            Response.Redirect(properties.RedirectUri!);
        }
    }
}
