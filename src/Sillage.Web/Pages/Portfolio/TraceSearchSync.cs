using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>
/// On SQLite, rewrites the FTS5 rows of the traces a save added, changed or deleted, in the same connection
/// right after the save (PostgreSQL needs nothing: its search column is generated). Being an interceptor, no
/// code path that saves a trace can forget it.
/// </summary>
public sealed class TraceSearchSync : SaveChangesInterceptor
{
    public static readonly TraceSearchSync Instance = new();

    private static readonly ConditionalWeakTable<DbContext, List<Guid>> Pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } ids)
        {
            eventData.Context!.Database.ExecuteSqlRaw(Sql(ids.Count), ids.Select(Text).ToArray());
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } ids)
        {
            await eventData.Context!.Database.ExecuteSqlRawAsync(Sql(ids.Count), ids.Select(Text), cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Collect(DbContext? context)
    {
        if (context is null || !context.Database.IsSqlite())
        {
            return;
        }

        var ids = context.ChangeTracker.Entries<Trace>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted
                        || (e.State == EntityState.Modified && (e.Property(t => t.SearchText).IsModified || e.Property(t => t.DeletedAt).IsModified)))
            .Select(e => e.Entity.Id)
            .ToList();
        if (ids.Count > 0)
        {
            Pending.AddOrUpdate(context, ids);
        }
    }

    private static List<Guid>? Take(DbContext? context)
    {
        if (context is null || !Pending.TryGetValue(context, out var ids))
        {
            return null;
        }

        Pending.Remove(context);
        return ids;
    }

    private static object Text(Guid id) => id.ToString().ToUpperInvariant();

    private static string Sql(int count)
    {
        var list = string.Join(", ", Enumerable.Range(0, count).Select(i => "{" + i + "}"));
        return $"DELETE FROM TraceSearch WHERE TraceId IN ({list}); " +
               $"INSERT INTO TraceSearch (TraceId, LearnerKey, Text) SELECT Id, {TraceSearchSql.SqliteLearnerKey}, SearchText FROM Traces WHERE Id IN ({list}) AND DeletedAt IS NULL;";
    }
}
