using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using Sillage.Web.Infrastructure.Security;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Api;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>) and its browsable reference page (<c>/api/reference</c>, Scalar). Both
/// describe the API only (no data) and are public, like docs/api.md. Scalar's script is served by the app from the
/// package (never a CDN; school networks filter and the app runs offline); its fonts, telemetry, AI agent and request
/// proxy are off, so the page reaches no other host. Its page needs two exceptions to the app's CSP, on this route only
/// (<see cref="Policy"/>): the inline script that starts it carries a fresh nonce, and the styles it injects while
/// running are inline.
/// </summary>
public static class ApiReference
{
    public const string Document = "v1";
    public const string DocumentPath = "/openapi/{documentName}.json";
    public const string Path = "/api/reference";

    public static void MapApiReference(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath).AllowAnonymous();
        app.MapScalarApiReference(Path, o => o
                .WithTitle("Sillage — API")
                .WithOpenApiRoutePattern(DocumentPath)
                .AddDocument(Document)
                .WithNonce()
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp())
            .AllowAnonymous();
    }

    /// <summary>The CSP of the reference page: the app's, with the page's nonce for scripts and inline styles.</summary>
    public static string? Policy(HttpContext context) =>
        context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce
            ? SecurityHeaders.ContentSecurityPolicy
                .Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
                .Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal)
            : null;

    /// <summary>Title, the token scheme, and the configured public address as the only server (never the request's Host).</summary>
    internal sealed class DocumentDescription(PublicAddress address) : IOpenApiDocumentTransformer
    {
        public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
        {
            document.Info.Title = "Sillage API";
            document.Info.Version = "v1";
            document.Info.Description = "Public API of Sillage: personal access tokens (Bearer sil_…), created on the account page. See docs/api.md.";
            document.Servers = [new OpenApiServer { Url = address.Root }];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["token"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Personal access token (sil_…), scope read or write.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("token", document)] = [] }];
            return Task.CompletedTask;
        }
    }
}
