using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Tests.Infrastructure.PublicUrl;

/// <summary>How <c>App:PublicUrl</c> is read: required and checked in production, defaulted to the local address in
/// Development and the demo (the README's <c>dotnet run … -- --demo</c> needs no setting).</summary>
public sealed class PublicAddressSettingTests
{
    [Theory]
    [InlineData("Production", "false", null, "http://localhost:5080/")]
    [InlineData("Production", "true", "http://localhost:5080", "http://localhost:5080/")]
    [InlineData("Development", "false", "http://+:5000;https://+:5001", "http://localhost:5000/")]
    public void Development_and_the_demo_default_to_the_first_local_address(string environment, string demo, string? urls, string expected)
    {
        if (environment == "Production" && demo == "false")
        {
            Assert.Throws<InvalidOperationException>(() => Resolve(environment, new() { ["Demo:Enabled"] = demo, ["Urls"] = urls }));
            return;
        }

        Assert.Equal(expected, Resolve(environment, new() { ["Demo:Enabled"] = demo, ["Urls"] = urls }).AbsoluteUri);
    }

    [Theory]
    [InlineData("ftp://sillage.example.fr")]
    [InlineData("https://sillage.example.fr/#accueil")]
    [InlineData("https://admin:secret@sillage.example.fr")]
    [InlineData("/sillage")]
    public void A_malformed_address_is_refused_even_in_the_demo(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve("Production", new() { ["Demo:Enabled"] = "true", ["App:PublicUrl"] = value }));
        Assert.Contains("App__PublicUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_former_Exports_PublicUrl_still_serves_when_App_PublicUrl_is_not_set()
    {
        Assert.Equal("https://old.example.fr/", Resolve("Production", new() { ["Exports:PublicUrl"] = "https://old.example.fr" }).AbsoluteUri);
        Assert.Equal("https://new.example.fr/", Resolve("Production", new() { ["Exports:PublicUrl"] = "https://old.example.fr", ["App:PublicUrl"] = "https://new.example.fr" }).AbsoluteUri);
    }

    private static Uri Resolve(string environment, Dictionary<string, string?> settings) =>
        PublicAddressSetup.Resolve(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = environment });
}
