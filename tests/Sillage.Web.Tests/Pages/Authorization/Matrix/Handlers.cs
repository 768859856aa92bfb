using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Sillage.Web.Tests.Pages.Authorization.Matrix;

/// <summary>One handler of the app: a page handler (GET or POST, named or not) or a non-page endpoint.</summary>
/// <param name="Route">The route template as the app declares it ("/dossier/traces/{id:guid}").</param>
/// <param name="Name">The handler's name, reached with <c>?handler=Name</c>; null for the default one.</param>
public sealed record Handler(string Route, string Method, string? Name)
{
    /// <summary>How the expectation table names it: "POST Comment", "GET", "GET Print".</summary>
    public string Verb => Name is null ? Method : $"{Method} {Name}";

    public override string ToString() => $"{Verb} {Route}";
}

/// <summary>Every handler of the running app, read from its endpoint data: each page endpoint's compiled action
/// descriptor lists the page model's handler methods (OnGet, OnPostXxxAsync…); other endpoints (health checks,
/// minimal APIs) count as one handler per HTTP method. Static files are left out.</summary>
public static class HandlerDiscovery
{
    public static async Task<IReadOnlyList<Handler>> DiscoverAsync(IServiceProvider services)
    {
        var handlers = new List<Handler>();
        foreach (var (route, endpoint, page) in await EndpointsAsync(services))
        {
            if (page is not null)
            {
                handlers.AddRange(page.HandlerMethods.Select(h => new Handler(route, h.HttpMethod.ToUpperInvariant(), h.Name)));
            }
            else if (!IsStaticFile(endpoint))
            {
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                handlers.AddRange(methods.Select(m => new Handler(route, m, null)));
            }
        }

        return handlers.Distinct().OrderBy(h => h.Route, StringComparer.Ordinal).ThenBy(h => h.Verb, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every route endpoint of the app with its route ("/…") and, for a page, its compiled descriptor.</summary>
    public static async Task<IReadOnlyList<(string Route, RouteEndpoint Endpoint, CompiledPageActionDescriptor? Page)>> EndpointsAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var all = new List<(string, RouteEndpoint, CompiledPageActionDescriptor?)>();
        foreach (var endpoint in services.GetRequiredService<IEnumerable<EndpointDataSource>>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor ? await loader.LoadAsync(descriptor, endpoint.Metadata) : null;
            all.Add((route, endpoint, page));
        }

        return all;
    }

    private static bool IsStaticFile(Endpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().FullName?.StartsWith("Microsoft.AspNetCore.StaticAssets", StringComparison.Ordinal) == true)
        || endpoint.DisplayName?.StartsWith("Fallback", StringComparison.Ordinal) == true;
}
