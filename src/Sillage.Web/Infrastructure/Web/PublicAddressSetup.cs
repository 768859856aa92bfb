using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Primitives;

namespace Sillage.Web.Infrastructure.Web;

/// <summary>
/// <c>App:PublicUrl</c> at start-up. Required outside Development and the demo, which default it to the app's own
/// local address (the first of <c>Urls</c>); refused when it is not an absolute http(s) address without query or
/// fragment. Requests are then accepted for its host only (unless <c>AllowedHosts</c> is set), and its path, if any,
/// is the app's path base.
/// </summary>
public static class PublicAddressSetup
{
    public const string Setting = "App:PublicUrl";

    /// <summary>The Open Badges address of earlier versions (documented in docs/export-format.md), read when
    /// <c>App:PublicUrl</c> is not set so that an instance configured with it keeps starting.</summary>
    public const string LegacySetting = "Exports:PublicUrl";

    private const string LocalDefault = "http://localhost:5080";

    public static WebApplicationBuilder AddSillagePublicAddress(this WebApplicationBuilder builder)
    {
        var root = Resolve(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(sp => new PublicAddress(root, sp.GetRequiredService<LinkGenerator>()));

        // The framework's own host filtering would also refuse /health; Sillage filters hosts itself (below).
        builder.Services.PostConfigure<HostFilteringOptions>(o => o.AllowedHosts = ["*"]);
        return builder;
    }

    /// <summary>Host filtering and the path base; first in the pipeline after the forwarded headers.</summary>
    public static WebApplication UseSillagePublicAddress(this WebApplication app)
    {
        var address = app.Services.GetRequiredService<PublicAddress>();
        if (AllowedHosts(app.Configuration, app.Environment, address) is { } allowed)
        {
            app.Use((context, next) =>
            {
                // /health and /metrics stay reachable whatever the Host header: load balancers, probes and Prometheus
                // call them by IP, and they produce no link.
                var host = context.Request.Host;
                if (!host.HasValue || HostString.MatchesAny(host.Value, allowed) || MachineEndpoints.Match(context.Request.Path))
                {
                    return next(context);
                }

                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/plain; charset=utf-8";
                return context.Response.WriteAsync("400 Bad Request: unknown host.", context.RequestAborted);
            });
        }

        if (address.PathBase.HasValue)
        {
            app.UsePathBase(address.PathBase);
        }

        return app;
    }

    /// <summary><c>AllowedHosts</c> when the operator set it (<c>*</c> turns filtering off); otherwise the public
    /// address's host, except in Development and the demo. Null when every host is accepted.</summary>
    public static StringSegment[]? AllowedHosts(IConfiguration configuration, IHostEnvironment environment, PublicAddress address)
    {
        var configured = configuration["AllowedHosts"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        string[] hosts = configured.Length > 0 ? configured : DemoMode.IsLocalTrial(configuration, environment) ? ["*"] : [address.Host];
        return hosts.Contains("*") ? null : hosts.Select(h => new StringSegment(h)).ToArray();
    }

    /// <summary>The public address, or an exception whose message names the setting to give.</summary>
    public static Uri Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var value = configuration[Setting];
        var setting = Setting;
        if (string.IsNullOrWhiteSpace(value) && !string.IsNullOrWhiteSpace(configuration[LegacySetting]))
        {
            (value, setting) = (configuration[LegacySetting], LegacySetting);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            if (DemoMode.IsLocalTrial(configuration, environment))
            {
                return LocalAddress(configuration["Urls"]);
            }

            throw StartupRefusal.Refuse(configuration, $"Sillage cannot start: the public address is not set. Set App__PublicUrl (environment variable; "
                + "App:PublicUrl in appsettings.json or --App:PublicUrl= on the command line) to the address people reach Sillage at, e.g. "
                + "https://sillage.example.fr — every link Sillage sends (invitations, password resets, tutor and jury links, share links, "
                + "Open Badges) is built from it, never from the request.");
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0
            || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0 || uri.Host.Length == 0)
        {
            throw StartupRefusal.Refuse(configuration, $"Sillage cannot start: {setting.Replace(":", "__", StringComparison.Ordinal)} « {value} » is not a valid public address. "
                + "Give an absolute http:// or https:// address without query, fragment or credentials, e.g. https://sillage.example.fr "
                + "or https://www.example.fr/sillage (App__PublicUrl).");
        }

        return uri;
    }

    /// <summary>The first address of <c>Urls</c>, with a wildcard host read as localhost.</summary>
    private static Uri LocalAddress(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? LocalDefault;
        foreach (var wildcard in new[] { "://*", "://+", "://0.0.0.0", "://[::]" })
        {
            first = first.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        }

        return Uri.TryCreate(first, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : new Uri(LocalDefault);
    }
}
