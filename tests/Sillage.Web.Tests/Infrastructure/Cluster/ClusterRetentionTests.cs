using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Web.Data;
using Sillage.Web.Pages.Privacy;

namespace Sillage.Web.Tests.Infrastructure.Cluster;

/// <summary>The scheduled retention run is claimed atomically: instances trying at once run it once a day.</summary>
public sealed class ClusterRetentionTests(SillageApp app) : IClassFixture<SillageApp>
{
    private async Task<RetentionRun?> RunScheduledAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunScheduledAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Two_instances_trying_at_once_run_the_days_retention_once()
    {
        _ = app.Services;
        app.Clock.Advance(TimeSpan.FromDays(3));
        var day = app.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var runs = await Task.WhenAll(Task.Run(RunScheduledAsync), Task.Run(RunScheduledAsync));

        var run = Assert.Single(runs, r => r is not null)!;
        Assert.False(run.Failed);
        Assert.Equal(day, run.Period);
        Assert.Single(await app.WithDbAsync(db => db.RetentionRuns.Where(r => r.Period == day).ToListAsync()));
        Assert.Null(await RunScheduledAsync());

        // The next day is another period.
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.NotNull(await RunScheduledAsync());
    }
}
