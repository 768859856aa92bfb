using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sillage.Web.Tests.Infrastructure.Observability;

/// <summary>The app (no demo) with /metrics on (<see cref="Token"/>), a fixed instance id, the gauges read on every
/// scrape, and every log line kept by <see cref="Logs"/> (request lines included).</summary>
/// <remarks>One such app at a time in the test process (<see cref="MetricsCollection"/>): a meter provider listens to
/// instruments by meter name, so two of them would each read the other's gauges.</remarks>
public sealed class MetricsApp : SillageApp
{
    public const string Token = "scrape-token-for-tests";
    public const string Instance = "sillage-test-7";

    public CapturedLogs Logs { get; } = new();

    protected override bool Demo => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Metrics:Token", Token);
        builder.UseSetting("Metrics:SampleSeconds", "0");
        builder.UseSetting("Instance:Id", Instance);
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information");
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }
}

[CollectionDefinition(Name)]
public sealed class MetricsCollection : ICollectionFixture<MetricsApp>
{
    public const string Name = "Metrics";
}
