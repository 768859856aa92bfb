using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Desk;

/// <summary>
/// Releases the requests a teacher scheduled ("envoyer à") once their time has come, every minute. The update is
/// conditional (only rows not released yet), so that several instances may run it at once: each row is released once.
/// </summary>
public sealed class RequestReleaser(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RequestReleaser> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    /// <summary>Marks every scheduled request due at <paramref name="now"/> as sent (at its scheduled time); returns how many.</summary>
    public static Task<int> ReleaseDueAsync(SillageDb db, DateTime now, CancellationToken cancellationToken = default) =>
        db.UserRequests.Where(r => r.ReleasedAt == null && r.SendAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReleasedAt, r => r.SendAt).SetProperty(r => r.Version, r => r.Version + 1), cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var released = await ReleaseDueAsync(scope.ServiceProvider.GetRequiredService<SillageDb>(), clock.GetUtcNow().UtcDateTime, stoppingToken);
                if (released > 0)
                {
                    logger.LogInformation("Released {Count} scheduled user request(s)", released);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not stop the releases: the next tick tries again.
                logger.LogWarning(e, "Releasing scheduled user requests failed");
            }
        }
    }
}
