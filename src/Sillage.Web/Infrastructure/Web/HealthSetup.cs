using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Infrastructure.Web;

/// <summary>
/// Health endpoints, anonymous and reachable over plain HTTP by any host name (load balancers call them by IP):
/// <list type="bullet">
/// <item><c>/health</c>: the database (kept as it was for existing monitors);</item>
/// <item><c>/health/live</c>: the process answers (no dependency checked: a database outage must not make an
/// orchestrator restart every instance);</item>
/// <item><c>/health/ready</c>: the database and the file storage; what a load balancer uses to send traffic.</item>
/// </list>
/// 200 when healthy, 503 otherwise; a small JSON body naming each check and its status, never an error message
/// (it could name a host, a bucket or a path).
/// </summary>
public static class HealthSetup
{
    private const string Database = "database";
    private const string Storage = "storage";

    public static IServiceCollection AddSillageHealthChecks(this IServiceCollection services)
    {
        // A check that hangs (a storage endpoint dropping packets) fails after this delay instead of holding the probe.
        var timeout = TimeSpan.FromSeconds(5);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(Database, timeout: timeout)
            .AddCheck<StorageHealthCheck>(Storage, timeout: timeout);
        return services;
    }

    public static IEndpointRouteBuilder MapSillageHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", Options(c => c.Name == Database)).AllowAnonymous();
        endpoints.MapHealthChecks("/health/live", Options(_ => false)).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", Options(c => c.Name is Database or Storage)).AllowAnonymous();
        return endpoints;
    }

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResponseWriter = async (context, report) =>
        {
            context.Response.ContentType = "application/json";
            context.Response.Headers.CacheControl = "no-store";
            // Written by hand rather than serialised: the serialiser's first use (reflection over the anonymous types)
            // cost the first probe after a start ~0.1 s (issue 16). Same document: {"status","checks":{name:{"status","Description"}}}.
            await using var json = new Utf8JsonWriter(context.Response.Body);
            json.WriteStartObject();
            json.WriteString("status", report.Status.ToString());
            json.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                json.WriteStartObject(name);
                json.WriteString("status", entry.Status.ToString());
                json.WriteString("Description", entry.Description);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            await json.FlushAsync();
        },
    };

    private sealed class DatabaseHealthCheck(SillageDb db, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                if (await db.Database.CanConnectAsync(cancellationToken))
                {
                    return HealthCheckResult.Healthy(db.Database.ProviderName);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Health check: the database cannot be reached");
            }

            return HealthCheckResult.Unhealthy("Database unreachable");
        }
    }

    /// <summary>The same check as at start (<see cref="FileStoreCheck"/>): the folder can be created, the bucket listed.</summary>
    private sealed class StorageHealthCheck(IFileStore store, ILogger<StorageHealthCheck> logger) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await store.CheckAsync(cancellationToken);
                return HealthCheckResult.Healthy("File storage reachable");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Health check: the file storage cannot be used");
                return HealthCheckResult.Unhealthy("File storage unreachable");
            }
        }
    }
}
