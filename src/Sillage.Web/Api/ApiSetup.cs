using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Api;

/// <summary>
/// The public API under <c>/api/v1</c> (see docs/api.md): personal access tokens only (<see cref="AccessTokenAuthentication"/>),
/// the pages' access rules, ProblemDetails errors (<see cref="ApiProblems"/>), a rate limit per token, an OpenAPI
/// document at <c>/openapi/v1.json</c> and its reference page at <c>/api/reference</c> (<see cref="ApiReference"/>).
/// </summary>
public static class ApiSetup
{
    public const string RateLimit = "api";

    public static IServiceCollection AddSillageApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, AccessTokenAuthentication>(AccessTokenAuthentication.SchemeName, null);
        services.AddSillageApiPolicies();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(ApiReference.Document, o =>
        {
            o.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer<ApiReference.DocumentDescription>();
        });

        // Every request counts, per token (its hash) or per client address without one; each instance counts its
        // share in a cluster (ClusterMode.PerInstanceBudget).
        var permits = ClusterMode.PerInstanceBudget(configuration, configuration.GetValue("Api:RequestsPerMinute", 120));
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            AccessTokens.FromRequest(context.Request) is { } token
                ? "token:" + AccessTokens.Hash(token)
                : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "local"),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) })));
        return services;
    }

    public static WebApplication MapSillageApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireRateLimiting(RateLimit)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapCohortEndpoints();
        api.MapLearnerEndpoints();
        api.MapPositioningEndpoint();
        api.MapLearnerImportEndpoint();
        app.MapApiReference();
        return app;
    }
}
