using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Infrastructure.Observability;

/// <summary>
/// OpenTelemetry for Sillage (service <c>sillage</c>, <c>service.instance.id</c> = <see cref="InstanceId"/>): traces of
/// requests, database commands and outgoing HTTP; metrics of the same plus the runtime and <see cref="SillageMetrics"/>.
/// Exported over OTLP when <c>OpenTelemetry:Endpoint</c> (or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>) is set,
/// scraped from <c>/metrics</c> when <c>Metrics:Token</c> is set (<see cref="MetricsEndpoint"/>). Spans of requests,
/// database commands and outgoing HTTP are recorded only when they are exported (issue 16: recording them for nobody
/// cost ~5 % of a page's CPU); log lines carry a trace id either way — ASP.NET Core starts an activity for every
/// request while logging is on, and Sillage's own source (jobs) is always listened to. See docs/operations.md.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "sillage";

    public static IServiceCollection AddSillageTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var instance = InstanceId.From(configuration);
        services.AddSingleton(instance);
        AddLogCorrelation(services, instance);

        var otlp = configuration["OpenTelemetry:Endpoint"];
        var otlpFromEnvironment = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var exported = !string.IsNullOrWhiteSpace(otlp) || otlpFromEnvironment;
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString(), serviceInstanceId: instance.Value))
            .WithTracing(tracing =>
            {
                tracing.AddSource(SillageMetrics.MeterName);
                if (exported)
                {
                    tracing.AddAspNetCoreInstrumentation(o => o.Filter = context => !MachineEndpoints.Match(context.Request.Path))
                        .AddHttpClientInstrumentation()
                        // On PostgreSQL, Npgsql's own spans carry the commands; EF's would repeat each of them.
                        .AddEntityFrameworkCoreInstrumentation(o => o.Filter = (provider, _) => provider?.StartsWith("Npgsql", StringComparison.Ordinal) != true)
                        .AddNpgsql();
                }
            });

        var scraped = MetricsEndpoint.IsEnabled(configuration);
        if (!exported && !scraped)
        {
            return services;
        }

        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(SillageMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddInstrumentation(sp => ActivatorUtilities.CreateInstance<BacklogGauges>(sp));
            if (scraped)
            {
                // Each scrape collects afresh (the database gauges keep their own sample, see BacklogGauges).
                metrics.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
            }
        });

        if (!string.IsNullOrWhiteSpace(otlp))
        {
            var protocol = string.Equals(configuration["OpenTelemetry:Protocol"], "http/protobuf", StringComparison.OrdinalIgnoreCase)
                ? OtlpExportProtocol.HttpProtobuf
                : OtlpExportProtocol.Grpc;
            telemetry.UseOtlpExporter(protocol, new Uri(otlp));
        }
        else if (otlpFromEnvironment)
        {
            // Reads the standard OTEL_EXPORTER_OTLP_* variables (endpoint, protocol, headers).
            telemetry.UseOtlpExporter();
        }

        return services;
    }

    /// <summary>Every log line carries the trace and span ids of the request or job it belongs to, and the instance id.</summary>
    private static void AddLogCorrelation(IServiceCollection services, InstanceId instance)
    {
        services.Configure<LoggerFactoryOptions>(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        services.TryAddSingleton<LoggerFactory>();
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new InstanceLoggerFactory(sp.GetRequiredService<LoggerFactory>(), instance)));
    }
}
