using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Tests.Pages.Setup;

/// <summary>First run with an empty database: the one-time token creates the first administrator.</summary>
public sealed class SetupTests(EmptySillageApp app) : IClassFixture<EmptySillageApp>
{
    [Fact]
    public async Task The_first_administrator_is_created_with_the_console_token_and_the_page_then_disappears()
    {
        Assert.True(await app.WithDbAsync(db => db.SetupTokens.AnyAsync()));
        var issued = await app.ReissueSetupTokenAsync();
        var client = app.Anonymous();
        var page = await client.GetPageAsync("/installation");
        Assert.Equal(HttpStatusCode.OK, page.Status);

        var fields = new Dictionary<string, string?>
        {
            ["Input.Token"] = "mauvais-jeton",
            ["Input.FirstName"] = "Ada",
            ["Input.LastName"] = "Admin",
            ["Input.Email"] = "ada@example.org",
            ["Input.Password"] = "une phrase de passe solide",
        };
        var refused = await client.SubmitAndFollowAsync(page, "form", fields);
        Assert.Contains(refused.Errors(), e => e.Contains("Jeton d'installation incorrect", StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync()));

        fields["Input.Token"] = issued;
        var response = await client.SubmitAsync(page, "form", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.SetupTokens.AnyAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/installation")).StatusCode);
    }

    [Fact]
    public async Task An_empty_database_still_has_the_shipped_frameworks_and_no_demo()
    {
        Assert.Equal(2, await app.WithDbAsync(db => db.Frameworks.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Establishments.CountAsync()));
        var login = await app.Anonymous().GetPageAsync("/connexion");
        Assert.DoesNotContain("Comptes de démonstration", login.Text, StringComparison.Ordinal);
    }
}
