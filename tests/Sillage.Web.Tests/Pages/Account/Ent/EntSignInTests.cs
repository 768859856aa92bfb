using System.Web;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Tests.Pages.Account.Ent;

/// <summary>
/// Sign-in through a real OpenID provider (the test ENT, <see cref="EntProvider"/>), every step over HTTP: the code flow
/// with PKCE, the ENT's identifier linked by a verified e-mail address and never by an unverified one, the clear French
/// pages for a deactivated person, a person Sillage does not know, and an ENT that sends no identifier. The ENT accounts
/// are in tools/oidc-provider/accounts.json.
/// </summary>
public sealed class EntSignInTests(EntApp app) : IClassFixture<EntApp>
{
    [EntFact]
    public async Task The_app_asks_for_a_code_with_a_S256_challenge_and_the_provider_lets_it_in()
    {
        // The provider offers pushed authorisation requests, which the handler uses: the browser carries a reference only.
        using var pushed = new EntBrowser(app);
        await pushed.SignInAsync("verified");
        Assert.StartsWith("urn:", HttpUtility.ParseQueryString(pushed.AuthorizeRequest!.Query)["request_uri"], StringComparison.Ordinal);
        Assert.NotNull(await pushed.SignedInAsAsync());

        // Without them, the parameters travel in the browser's request, where the test reads them.
        using var browser = new EntBrowser(app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.PostConfigure<OpenIdConnectOptions>(OidcSetup.Scheme, o => o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable))));
        await browser.SignInAsync("verified");
        var query = HttpUtility.ParseQueryString(browser.AuthorizeRequest!.Query);
        Assert.StartsWith(EntProvider.Issuer + "/auth?", browser.AuthorizeRequest.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", query["code_challenge"]);
        Assert.Equal("https://localhost/signin-oidc", query["redirect_uri"]);
        Assert.Contains("ent", query["scope"]!.Split(' '));
        // The provider requires PKCE and checks the verifier when the app redeems the code: the person is in.
        Assert.NotNull(await browser.SignedInAsAsync());
    }

    [EntFact]
    public async Task A_verified_email_links_the_ENT_identifier_which_then_signs_in_on_its_own()
    {
        var email = DemoSeeder.LearnerEmail(4);
        using var first = new EntBrowser(app);
        await first.SignInAsync("verified");
        await first.AssertSignedInAsAsync(email);
        var person = await PersonAsync(email);
        Assert.Equal(["ENT-A-0005"], await LinksAsync(person));

        // The school changes the address: the ENT's identifier still finds the person, not the address.
        const string changed = "chloe.roux@demo.sillage.test";
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == person).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.Email, changed).SetProperty(u => u.NormalizedEmail, changed.ToUpperInvariant())));
        using var again = new EntBrowser(app);
        await again.SignInAsync("verified");
        await again.AssertSignedInAsAsync(changed);
    }

    [EntFact]
    public async Task An_unverified_email_never_links_an_account()
    {
        using var browser = new EntBrowser(app);
        var page = await browser.SignInAsync("unverified");

        Assert.Contains("Le fournisseur d'identité ne garantit pas que l'adresse apprenant06@demo.sillage.test est la vôtre", page.Text, StringComparison.Ordinal);
        await browser.AssertSignedInAsAsync(null);
        Assert.Empty(await LinksAsync(await PersonAsync(DemoSeeder.LearnerEmail(5))));
    }

    [EntFact]
    public async Task An_operator_who_trusts_the_ENT_s_addresses_lets_an_address_without_email_verified_link()
    {
        using var untrusted = new EntBrowser(app);
        Assert.Contains("ne garantit pas", (await untrusted.SignInAsync("trusted")).Text, StringComparison.Ordinal);

        using var trusted = new EntBrowser(app.With(("TrustUnverifiedEmail", "true")));
        await trusted.SignInAsync("trusted");
        await trusted.AssertSignedInAsAsync(DemoSeeder.LearnerEmail(10));
    }

    [EntFact]
    public async Task A_deactivated_person_is_refused_with_a_clear_page_even_through_their_link()
    {
        var email = DemoSeeder.LearnerEmail(6);
        using var linked = new EntBrowser(app);
        await linked.SignInAsync("deactivated");
        await linked.AssertSignedInAsAsync(email);
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeactivatedAt, DateTime.UtcNow)));

        using var browser = new EntBrowser(app);
        var page = await browser.SignInAsync("deactivated");
        Assert.Contains("Votre compte Sillage est désactivé", page.Find("[role=alert]")?.TextContent, StringComparison.Ordinal);
        await browser.AssertSignedInAsAsync(null);
    }

    [EntFact]
    public async Task A_person_Sillage_does_not_know_gets_a_clear_page_and_no_link()
    {
        using var browser = new EntBrowser(app);
        var page = await browser.SignInAsync("unknown");

        Assert.Equal("/connexion/externe", page.Url.AbsolutePath);
        Assert.Contains("Aucun compte Sillage actif ne correspond à cette identité (inconnu@ent.example). Demandez au référent de la formation de créer votre compte avec cette adresse.",
            page.Find("[role=alert]")?.TextContent, StringComparison.Ordinal);
        await browser.AssertSignedInAsAsync(null);
        Assert.False(await app.WithDbAsync(db => db.UserLogins.AnyAsync(l => l.ProviderKey == "ENT-X-0001")));
    }

    [EntFact]
    public async Task An_ENT_that_does_not_send_the_configured_identifier_gets_a_clear_page()
    {
        using var browser = new EntBrowser(app.With(("IdentifierClaim", "ine")));
        var page = await browser.SignInAsync("unknown");

        Assert.Contains("Le fournisseur d'identité n'a pas transmis votre identifiant (ine)", page.Find("[role=alert]")?.TextContent, StringComparison.Ordinal);
        await browser.AssertSignedInAsAsync(null);
    }

    private Task<Guid> PersonAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<List<string>> LinksAsync(Guid person) => app.WithDbAsync(db =>
        db.UserLogins.Where(l => l.UserId == person && l.LoginProvider == OidcSetup.Scheme).Select(l => l.ProviderKey).OrderBy(k => k).ToListAsync());
}
