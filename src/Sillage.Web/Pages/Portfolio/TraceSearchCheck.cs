using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>At start-up on SQLite: makes sure the FTS5 table exists and holds every trace (a migration set
/// regenerated without its raw SQL, or a database copied by hand, would otherwise search nothing).</summary>
internal sealed class TraceSearchCheck(IServiceProvider services, ILogger<TraceSearchCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        if (!db.Database.IsSqlite())
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync(TraceSearchSql.SqliteCreate, cancellationToken);
        var indexed = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM TraceSearch").SingleAsync(cancellationToken);
        var traces = await db.Traces.CountAsync(t => t.DeletedAt == null, cancellationToken);
        if (indexed != traces)
        {
            logger.LogWarning("Search index out of step ({Indexed} rows for {Traces} traces): rebuilding it.", indexed, traces);
            await db.Database.ExecuteSqlRawAsync(TraceSearchSql.SqliteFill, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
