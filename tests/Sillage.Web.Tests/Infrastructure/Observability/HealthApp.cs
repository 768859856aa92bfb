using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Sillage.Web.Tests.Infrastructure.Observability;

/// <summary>The app (no demo) with its own file folder, and a switch that makes every database connection fail, as a
/// database server gone away would: the app starts healthy, then a test breaks the database or the storage.</summary>
public sealed class HealthApp : SillageApp
{
    public string FilesPath { get; } = Path.Combine(Path.GetTempPath(), "sillage_health_" + Guid.NewGuid().ToString("N")[..12]);

    public DatabaseOutage Outage { get; } = new();

    protected override bool Demo => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Storage:Provider", "Local");
        builder.UseSetting("Storage:LocalPath", FilesPath);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Outage));
    }

    /// <summary>The storage folder replaced by a plain file: the store can no longer create or write in it.</summary>
    public void BreakStorage()
    {
        Directory.Delete(FilesPath, recursive: true);
        File.WriteAllText(FilesPath, "not a folder");
    }

    public void RepairStorage()
    {
        File.Delete(FilesPath);
        Directory.CreateDirectory(FilesPath);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (File.Exists(FilesPath))
        {
            File.Delete(FilesPath);
        }
        else if (Directory.Exists(FilesPath))
        {
            Directory.Delete(FilesPath, recursive: true);
        }
    }

    public sealed class DatabaseOutage : DbConnectionInterceptor
    {
        public bool Down { get; set; }

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            Down ? throw new InvalidOperationException("Simulated database outage") : ValueTask.FromResult(result);

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            Down ? throw new InvalidOperationException("Simulated database outage") : result;
    }
}
