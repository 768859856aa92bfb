using Microsoft.AspNetCore.Hosting;

namespace Sillage.Web.Tests.Infrastructure.PublicUrl;

/// <summary>The app as an operator runs it: Production, no demo, <c>App:PublicUrl</c> = https://localhost (the
/// clients' address).</summary>
public sealed class ProductionLikeApp : SillageApp
{
    protected override bool Demo => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}
