using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sillage.Web.Tests.Infrastructure.Observability;

namespace Sillage.Web.Tests.Pages.Account.Ent;

/// <summary>The app with sign-in through the test ENT (<see cref="EntProvider"/>): plain HTTP on loopback, the ENT's
/// own user id (<c>ent_uid</c>, from its "ent" scope) as the identifier.</summary>
public sealed class EntApp : SillageApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:Oidc:Authority", EntProvider.Issuer);
        builder.UseSetting("Authentication:Oidc:ClientId", EntProvider.ClientId);
        builder.UseSetting("Authentication:Oidc:ClientSecret", EntProvider.ClientSecret);
        builder.UseSetting("Authentication:Oidc:DisplayName", "ENT de test");
        builder.UseSetting("Authentication:Oidc:Scopes", "openid profile email ent");
        builder.UseSetting("Authentication:Oidc:IdentifierClaim", "ent_uid");
        builder.UseSetting("Authentication:Oidc:RequireHttpsMetadata", "false");
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }

    /// <summary>What the app logged, for the failure messages (why a sign-in did not come through).</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The same app and database with other settings (<c>Authentication:Oidc:…</c> keys without the prefix).</summary>
    public WebApplicationFactory<Program> With(params (string Key, string Value)[] settings) => WithWebHostBuilder(builder =>
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting("Authentication:Oidc:" + key, value);
        }
    });
}
