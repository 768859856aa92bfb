using Microsoft.AspNetCore.Hosting;

namespace Sillage.Web.Tests.Infrastructure.PublicUrl;

/// <summary>
/// The demo app published at <see cref="PublicUrl"/> (with a path base), while every request its clients send carries
/// <c>Host: evil.example</c> — as an attacker's request would. Demo mode accepts any host, so the requests are served and
/// the tests can check that the links the app writes name the public address only.
/// </summary>
public sealed class ForeignHostApp : SillageApp
{
    public const string PublicUrl = "https://sillage.example.fr/lycee";
    public const string ForeignHost = "evil.example";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("App:PublicUrl", PublicUrl);
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Host = ForeignHost;
    }
}
