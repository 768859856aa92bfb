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
            using var process = Process.GetCurrentProcess();
            logger.LogInformation("Listening {ElapsedMs} ms after the process started", (long)(DateTime.Now - process.StartTime).TotalMilliseconds);
        });
    }
}
