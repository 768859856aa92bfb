using System.Net;
using System.Web;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Account.Ent;

/// <summary>Signing out of Sillage after coming in through the ENT signs out of the ENT too (a shared computer in a
/// CDI), and the ENT sends the browser back to Sillage's sign-in page.</summary>
public sealed class EntSignOutTests(EntApp app) : IClassFixture<EntApp>
{
    [EntFact]
    public async Task Signing_out_ends_the_ENT_session_and_comes_back_to_the_sign_in_page()
    {
        using var browser = new EntBrowser(app);
        await browser.SignInAsync("signout");
        Assert.NotNull(await browser.SignedInAsAsync());

        // While the ENT session lasts, the ENT button signs in again without asking anything.
        browser.ForgetSillageSession();
        await browser.AssertSignedInAsAsync(null);
        var again = await browser.StartAsync();
        Assert.Null(again.Find("input[name=login]"));
        Assert.NotNull(await browser.SignedInAsAsync());

        var signOut = await browser.App.SubmitAsync(await browser.App.GetPageAsync("/deconnexion"), "main form");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var endSession = signOut.Headers.Location!;
        Assert.StartsWith(EntProvider.Issuer + "/session/end", endSession.AbsoluteUri, StringComparison.Ordinal);
        var query = HttpUtility.ParseQueryString(endSession.Query);
        Assert.Equal(EntProvider.ClientId, query["client_id"]);
        Assert.Equal("https://localhost/signout-callback-oidc", query["post_logout_redirect_uri"]);
        await browser.AssertSignedInAsAsync(null);

        var confirm = await browser.FollowAsync(signOut);
        Assert.NotNull(confirm.Find("form"));
        var back = await browser.FollowAsync(await browser.ProviderSubmitAsync(confirm, "form", new() { ["logout"] = "yes" }));
        Assert.Equal("/connexion", back.Url.AbsolutePath);
        Assert.Equal("localhost", back.Url.Host);

        // The ENT session is over: its button now asks for the ENT password.
        Assert.NotNull((await browser.StartAsync()).Find("input[name=login]"));
    }

    [EntFact]
    public async Task Signing_out_still_ends_the_ENT_session_after_Sillage_renewed_its_cookie()
    {
        using var browser = new EntBrowser(app);
        await browser.SignInAsync("renewed");
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoSeeder.LearnerEmail(9)).ExecuteUpdateAsync(s => s.SetProperty(u => u.FirstName, "Anaëlle")));

        // Past the security stamp's validation interval (30 minutes), the next request rebuilds the cookie's claims.
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var page = await browser.App.GetPageAsync("/compte");
        Assert.Equal("Anaëlle Faure", page.Find(".user-menu-name")?.TextContent.Trim());

        var signOut = await browser.App.SubmitAsync(await browser.App.GetPageAsync("/deconnexion"), "main form");
        Assert.StartsWith(EntProvider.Issuer + "/session/end", signOut.Headers.Location?.AbsoluteUri, StringComparison.Ordinal);
    }

    [EntFact]
    public async Task Signing_out_after_a_password_sign_in_stays_in_Sillage()
    {
        var client = await app.SignInAsync(Accounts.Teacher);
        var signOut = await client.SubmitAsync(await client.GetPageAsync("/deconnexion"), "main form");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/connexion", signOut.Headers.Location!.OriginalString);
    }
}
