using System.Diagnostics;

namespace Sillage.Web.Infrastructure.Observability;

/// <summary>Logs once, when the server listens, how long after the process started: with the initializer's "Database
/// ready" line, what an operator needs to see where a slow start went (docs/operations.md).</summary>
public static class StartupTime
{
    public static void LogWhenListening(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupTime).FullName!);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            // The machine's clock, not the school clock (TimeProvider in the services, replaced by the tests): this is
            // the process's age, compared with the start time the system recorded.
            using var process = Process.GetCurrentProcess();
            var elapsed = TimeProvider.System.GetUtcNow() - process.StartTime.ToUniversalTime();
            logger.LogInformation("Listening {ElapsedMs} ms after the process started", (long)elapsed.TotalMilliseconds);
        });
    }
}
