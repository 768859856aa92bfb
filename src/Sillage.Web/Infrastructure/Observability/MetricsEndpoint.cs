using System.Security.Cryptography;
using System.Text;

namespace Sillage.Web.Infrastructure.Observability;

/// <summary>
/// <c>/metrics</c> in the Prometheus text format, on the app's own port, for whoever sends
/// <c>Authorization: Bearer &lt;Metrics:Token&gt;</c> (401 otherwise). Absent (404) unless <c>Metrics:Token</c> is set.
/// Like the health endpoints it answers over plain HTTP and by IP, so that Prometheus scrapes each instance
/// directly on the private network; the load balancer need not forward it.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";
    public const string TokenSetting = "Metrics:Token";

    public static bool IsEnabled(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[TokenSetting]);

    public static IEndpointRouteBuilder MapSillageMetrics(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        if (!IsEnabled(configuration))
        {
            return endpoints;
        }

        var expected = Encoding.UTF8.GetBytes("Bearer " + configuration[TokenSetting]!.Trim());
        endpoints.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (context, next) =>
        {
            var sent = Encoding.UTF8.GetBytes(context.Request.Headers.Authorization.ToString());
            if (CryptographicOperations.FixedTimeEquals(sent, expected))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }), optionsName: null).AllowAnonymous();
        return endpoints;
    }
}
