using System.Net;
using OtpNet;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Account;

public sealed class TwoFactorTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static string CodeFor(string sharedKey, DateTime utc) =>
        new Totp(Base32Encoding.ToBytes(sharedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp(utc);

    [Fact]
    public async Task A_teacher_turns_on_totp_and_then_needs_a_code_or_a_recovery_code_to_sign_in()
    {
        var email = "prof.gestion@demo.sillage.test";
        var teacher = await app.SignInAsync(email);
        var page = await teacher.GetPageAsync("/compte/double-authentification");
        var key = page.Find("code.fs-5")!.TextContent.Trim();
        Assert.NotNull(page.Find(".qr svg"));

        var wrong = await teacher.SubmitAndFollowAsync(page, "form[action*='Enable']", new() { ["Code"] = "000000" });
        Assert.Contains(wrong.Errors(), e => e.Contains("Code incorrect", StringComparison.Ordinal));

        var enabled = await teacher.SubmitAndFollowAsync(page, "form[action*='Enable']", new() { ["Code"] = CodeFor(key, DateTime.UtcNow) });
        Assert.Contains("est activée", enabled.Text, StringComparison.Ordinal);
        var recovery = enabled.FindAll(".alert-warning li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, recovery.Count);

        var client = app.Anonymous();
        var login = await client.GetPageAsync("/connexion");
        var step = await client.SubmitAsync(login, "form", new() { ["Input.Email"] = email, ["Input.Password"] = DemoSeeder.Password });
        Assert.StartsWith("/connexion/code", step.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var pending = await client.GetAsync("/personnes/nouveau");
        Assert.True(pending.StatusCode == HttpStatusCode.Redirect, $"{pending.StatusCode} {pending.RequestMessage!.RequestUri} {(await pending.ToPageAsync()).Document.Title}");

        var codePage = await client.GetPageAsync(step.Headers.Location.OriginalString);
        var bad = await client.SubmitAndFollowAsync(codePage, "main form", new() { ["Code"] = "123456" });
        Assert.Contains(bad.Errors(), e => e.Contains("Code incorrect", StringComparison.Ordinal));
        var ok = await client.SubmitAsync(codePage, "main form", new() { ["Code"] = recovery[0] });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/promotions")).StatusCode);
    }

    [Fact]
    public async Task Learners_are_not_offered_the_second_factor_page()
    {
        var learner = await app.SignInAsync(Accounts.Learner);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/compte/double-authentification")).StatusCode);
    }

    [Fact]
    public async Task Without_configuration_there_is_no_external_sign_in_button()
    {
        var page = await app.Anonymous().GetPageAsync("/connexion");
        Assert.Null(page.Find("form[action*='/connexion/externe']"));
    }
}
