using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Sillage.Web.Tests.Api;

/// <summary>The OpenAPI document describes every endpoint of /api/v1 with the token scheme; the reference page opens
/// under the app's CSP with only this page's exceptions, and loads nothing from another host.</summary>
public sealed partial class ApiReferenceTests(ApiApp app) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task The_openapi_document_lists_every_api_endpoint()
    {
        var response = await app.Anonymous().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}")).ToHashSet();

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => $"{m} {Constraint().Replace(e.RoutePattern.RawText!.TrimEnd('/'), "{$1}")}"))
            .ToList();
        Assert.True(endpoints.Count >= 8, string.Join(", ", endpoints));
        Assert.All(endpoints, e => Assert.Contains(e, documented));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("token").GetProperty("scheme").GetString());
        // The server is the configured public address, whatever Host the request named.
        Assert.Equal(app.ClientOptions.BaseAddress.ToString().TrimEnd('/'), document.GetProperty("servers")[0].GetProperty("url").GetString()!.TrimEnd('/'));
    }

    [Fact]
    public async Task The_reference_page_opens_with_its_script_served_by_the_app_and_a_nonce_in_the_csp()
    {
        var redirect = await app.Anonymous().GetAsync("/api/reference");
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        var response = await app.Anonymous().GetAsync("/api/reference/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        var nonce = Nonce().Match(csp).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(nonce), csp);
        Assert.Contains($"nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", string.Join(" ", ScriptSources().Matches(html).Select(m => m.Groups[1].Value)), StringComparison.Ordinal);
        foreach (Match script in ScriptSources().Matches(html))
        {
            var src = new Uri(new Uri(app.ClientOptions.BaseAddress, "/api/reference/"), script.Groups[1].Value);
            Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync(src)).StatusCode);
        }

        // Every other page keeps the strict policy.
        var other = await app.Anonymous().GetAsync("/connexion");
        Assert.DoesNotContain("nonce-", string.Join(" ", other.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{(\w+):[^}]+\}")]
    private static partial Regex Constraint();

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();

    [GeneratedRegex("<script[^>]*src=\"([^\"]+)\"")]
    private static partial Regex ScriptSources();
}
