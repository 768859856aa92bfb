using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Account;

public sealed class SignInTests(SillageApp app) : IClassFixture<SillageApp>
{
    private async Task<HttpResponseMessage> TryAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetPageAsync("/connexion");
        return await client.SubmitAsync(page, "form", new() { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    private const string Refused =
        "Adresse e-mail ou mot de passe incorrect, ou compte temporairement verrouillé après plusieurs échecs : réessayez dans 15 minutes.";

    [Fact]
    public async Task A_wrong_password_gets_a_french_message_and_no_session()
    {
        var client = app.Anonymous();
        var response = await TryAsync(client, Accounts.Teacher, "mauvais mot de passe");
        var page = await response.ToPageAsync();
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(Refused, page.Errors());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        var email = DemoSeeder.LearnerEmail(5);
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await TryAsync(client, email, "faux-" + i);
        }

        var response = await TryAsync(client, email, DemoSeeder.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Refused, (await response.ToPageAsync()).Errors());
        Assert.NotNull(await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task A_locked_account_and_an_unknown_address_get_the_same_answer()
    {
        var known = DemoSeeder.LearnerEmail(7);
        const string unknown = "personne.inconnue@example.org";
        var client = app.Anonymous();
        for (var i = 0; i < 6; i++)
        {
            await TryAsync(client, known, "faux-" + i);
            await TryAsync(client, unknown, "faux-" + i);
        }

        var locked = await (await TryAsync(client, known, "faux")).ToPageAsync();
        var absent = await (await TryAsync(client, unknown, "faux")).ToPageAsync();
        Assert.Equal([Refused], locked.Errors());
        Assert.Equal(absent.Errors(), locked.Errors());
    }

    [Fact]
    public async Task The_sign_in_cookie_is_secure_http_only_and_same_site()
    {
        var client = app.Anonymous();
        var response = await TryAsync(client, Accounts.Jury, DemoSeeder.Password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sillage.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused()
    {
        var client = app.Anonymous();
        var response = await client.PostAsync("/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = Accounts.Teacher,
            ["Input.Password"] = DemoSeeder.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_deactivated_account_cannot_sign_in()
    {
        var email = DemoSeeder.LearnerEmail(6);
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeactivatedAt, DateTime.UtcNow)));
        var page = await (await TryAsync(app.Anonymous(), email, DemoSeeder.Password)).ToPageAsync();
        Assert.Contains(page.Errors(), e => e.Contains("désactivé", StringComparison.Ordinal));

        // Without the password, the page does not tell that the address has an (inactive) account.
        var guess = await (await TryAsync(app.Anonymous(), email, "pas-le-bon-mot-de-passe")).ToPageAsync();
        Assert.DoesNotContain(guess.Errors(), e => e.Contains("désactivé", StringComparison.Ordinal));
        Assert.Contains(guess.Errors(), e => e.Contains("Adresse e-mail ou mot de passe incorrect", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_invitation_link_sets_the_password_once()
    {
        var user = new User { FirstName = "Invitée", LastName = "Test", Email = "invitee@example.org", UserName = "invitee@example.org" };
        var token = await app.WithDbAsync(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            await users.CreateAsync(user);
            await users.AddToRoleAsync(user, Sillage.Web.Infrastructure.Auth.Roles.Learner);
            return await users.GeneratePasswordResetTokenAsync(user);
        });
        var url = $"/invitation?u={user.Id}&t={Uri.EscapeDataString(token)}";
        var client = app.Anonymous();
        var page = await client.GetPageAsync(url);
        Assert.Contains("Bonjour Invitée", page.Text, StringComparison.Ordinal);

        var tooShort = await client.SubmitAndFollowAsync(page, "form", new() { ["Input.Password"] = "court", ["Input.Confirmation"] = "court" });
        Assert.Contains(tooShort.Errors(), e => e.Contains("au moins 10 caractères", StringComparison.Ordinal));

        var done = await client.SubmitAsync(page, "form", new() { ["Input.Password"] = "une phrase de passe solide", ["Input.Confirmation"] = "une phrase de passe solide" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var again = await app.Anonymous().GetPageAsync(url);
        Assert.Contains("n'est plus valable", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_address()
    {
        using var limited = new RateLimitedApp();
        var client = limited.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await TryAsync(client, "personne@example.org", "x")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        var refused = await TryAsync(client, "personne@example.org", "x");
        Assert.Contains("Trop de tentatives de connexion depuis cette adresse", (await refused.ToPageAsync()).Text, StringComparison.Ordinal);

        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        var english = await TryAsync(client, "personne@example.org", "x");
        Assert.Equal(HttpStatusCode.TooManyRequests, english.StatusCode);
        Assert.Contains("Too many sign-in attempts from this address", (await english.ToPageAsync()).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/connexion")).StatusCode);
    }

    private sealed class RateLimitedApp : SillageApp
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:LoginAttemptsPerMinute", "3");
        }
    }
}
