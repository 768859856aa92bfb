using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Sillage.Web.Infrastructure.Web;

/// <summary>
/// Behind a reverse proxy that terminates TLS (<c>ForwardedHeaders__Enabled=true</c>), the original scheme and client
/// address come from X-Forwarded-Proto and X-Forwarded-For — believed only from the proxies the operator lists
/// (<c>ForwardedHeaders:KnownProxies</c>, addresses, and <c>ForwardedHeaders:KnownNetworks</c>, CIDR ranges) and from
/// loopback, never from anyone: a client could otherwise pretend to come over HTTPS or from another address (the
/// sign-in rate limit is per address). X-Forwarded-Host is not read: links come from <see cref="PublicAddress"/>.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IApplicationBuilder UseSillageForwardedHeaders(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("ForwardedHeaders:Enabled"))
        {
            app.UseForwardedHeaders(Options(app.Configuration));
        }

        return app;
    }

    /// <summary>The options: loopback (the framework's default lists) plus the configured proxies and networks.</summary>
    public static ForwardedHeadersOptions Options(IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var proxy in List(configuration, "ForwardedHeaders:KnownProxies"))
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address
                : throw Invalid("ForwardedHeaders__KnownProxies", proxy, "an IP address such as 10.0.0.2"));
        }

        foreach (var network in List(configuration, "ForwardedHeaders:KnownNetworks"))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range) ? range
                : throw Invalid("ForwardedHeaders__KnownNetworks", network, "a CIDR range such as 10.0.0.0/8"));
        }

        return options;
    }

    /// <summary>A list given as <c>Key__0</c>, <c>Key__1</c>… or as one value separated by semicolons or commas.</summary>
    private static IEnumerable<string> List(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        return section.GetChildren().Select(c => c.Value).Prepend(section.Value)
            .SelectMany(v => (v ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static InvalidOperationException Invalid(string setting, string value, string expected) =>
        new($"Sillage cannot start: {setting} « {value} » is not {expected}.");
}
