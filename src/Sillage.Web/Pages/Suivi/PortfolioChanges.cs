using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Pages.Suivi;

/// <summary>
/// An in-process counter of portfolio changes: the key of short-lived caches of figures computed from traces (the
/// suivi trace counts). Bumped by every save that adds, changes or deletes traces, their competence links or feedback;
/// being an interceptor, no code path that saves them can forget it. Several instances each see only their own
/// changes, so such caches also expire after a few seconds.
/// </summary>
public sealed class PortfolioChanges : SaveChangesInterceptor
{
    private static long _version;

    public static long Version => Interlocked.Read(ref _version);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                                                                             && e.Entity is Trace or TraceCompetenceLink or FeedbackComment))
        {
            Interlocked.Increment(ref _version);
        }
    }
}
