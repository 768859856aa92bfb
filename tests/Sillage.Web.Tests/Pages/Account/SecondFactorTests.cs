using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Account;

/// <summary>Once on, the second factor is not skipped by a password reset, and is not turned off (nor its recovery
/// codes replaced) by whoever finds a signed-in session: that takes the password or a fresh code again.</summary>
public sealed class SecondFactorTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static string CodeFor(string sharedKey) =>
        new Totp(Base32Encoding.ToBytes(sharedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp(DateTime.UtcNow);

    /// <summary>Signs in and turns TOTP on; the client and the shared key.</summary>
    private async Task<(HttpClient Client, string Key)> EnableAsync(string email)
    {
        var client = await app.SignInAsync(email);
        var page = await client.GetPageAsync("/compte/double-authentification");
        var key = page.Find("code.fs-5")!.TextContent.Trim();
        var enabled = await client.SubmitAndFollowAsync(page, "form[action*='Enable']", new() { ["Code"] = CodeFor(key) });
        Assert.Contains("est activée", enabled.Text, StringComparison.Ordinal);
        return (client, key);
    }

    [Fact]
    public async Task A_password_reset_leads_to_the_second_factor_not_into_the_account()
    {
        const string email = $"prof.anglais@{DemoSeeder.Domain}";
        var (_, key) = await EnableAsync(email);
        var token = await app.WithDbAsync(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            return await users.GeneratePasswordResetTokenAsync((await users.FindByEmailAsync(email))!);
        });

        var client = app.Anonymous();
        var page = await client.GetPageAsync($"/invitation?u={await UserIdAsync(email)}&t={Uri.EscapeDataString(token)}");
        var done = await client.SubmitAsync(page, "form", new() { ["Input.Password"] = "une autre phrase de passe", ["Input.Confirmation"] = "une autre phrase de passe" });

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.StartsWith("/connexion/code", done.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/promotions")).StatusCode);

        var codePage = await client.GetPageAsync(done.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(codePage, "main form", new() { ["Code"] = CodeFor(key) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/promotions")).StatusCode);
    }

    [Fact]
    public async Task Turning_the_second_factor_off_needs_the_password_or_a_fresh_code()
    {
        const string email = $"prof.gestion@{DemoSeeder.Domain}";
        var (client, key) = await EnableAsync(email);
        var page = await client.GetPageAsync("/compte/double-authentification");

        foreach (var proof in new[] { "", "pas le mot de passe", "000000" })
        {
            var refused = await client.SubmitAndFollowAsync(page, "form[action*='Disable']", new() { ["Verification"] = proof });
            Assert.Contains("Saisissez votre mot de passe actuel ou un code de l'application", string.Join(" ", refused.Errors()), StringComparison.Ordinal);
            Assert.True(await TwoFactorEnabledAsync(email));
        }

        var byPassword = await client.SubmitAndFollowAsync(page, "form[action*='Disable']", new() { ["Verification"] = DemoSeeder.Password });
        Assert.Contains("Double authentification désactivée.", byPassword.Text, StringComparison.Ordinal);
        Assert.False(await TwoFactorEnabledAsync(email));

        (client, key) = await EnableAsync(email);
        page = await client.GetPageAsync("/compte/double-authentification");
        var byCode = await client.SubmitAndFollowAsync(page, "form[action*='Disable']", new() { ["Verification"] = CodeFor(key) });
        Assert.Contains("Double authentification désactivée.", byCode.Text, StringComparison.Ordinal);
        Assert.False(await TwoFactorEnabledAsync(email));
    }

    [Fact]
    public async Task New_recovery_codes_need_the_password_or_a_fresh_code()
    {
        var email = Accounts.Teacher;
        var (client, key) = await EnableAsync(email);
        var page = await client.GetPageAsync("/compte/double-authentification");
        var codes = await RecoveryCodesAsync(email);

        var refused = await client.SubmitAndFollowAsync(page, "form[action*='RecoveryCodes']", new() { ["Verification"] = "" });
        Assert.Contains("Saisissez votre mot de passe actuel ou un code de l'application", string.Join(" ", refused.Errors()), StringComparison.Ordinal);
        Assert.Empty(refused.FindAll(".alert-warning li"));
        Assert.Equal(codes, await RecoveryCodesAsync(email));

        var renewed = await client.SubmitAndFollowAsync(page, "form[action*='RecoveryCodes']", new() { ["Verification"] = CodeFor(key) });
        Assert.Equal(10, renewed.FindAll(".alert-warning li").Count());
        Assert.NotEqual(codes, await RecoveryCodesAsync(email));
    }

    private Task<Guid> UserIdAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<bool> TwoFactorEnabledAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync());

    private Task<string?> RecoveryCodesAsync(string email) => app.WithDbAsync(async db =>
    {
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.UserTokens.Where(t => t.UserId == id && t.Name == "RecoveryCodes").Select(t => t.Value).SingleOrDefaultAsync();
    });
}
