using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Pages.Suivi;

/// <summary>
/// Keeps <see cref="LearnerTraceCount"/> and <see cref="LearnerPortfolioActivity"/> true in the transaction of every save
/// that adds, changes or deletes traces, their competence links or feedback: the affected learners' figures are
/// recomputed from their own rows after the save and before its commit (a transaction is opened for the save when none is
/// running). Being an interceptor, no code path that saves them can forget it, and every instance of a cluster reads the
/// same figures at once. Bulk deletes (ExecuteDelete) bypass interceptors: do not use them on those three tables.
/// </summary>
public sealed class PortfolioFigures : SaveChangesInterceptor
{
    private sealed record Pending(HashSet<Guid> Learners, IDbContextTransaction? OwnTransaction);

    private static readonly ConditionalWeakTable<DbContext, Pending> Work = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Affected(context) is { Count: > 0 } learners)
        {
            Work.AddOrUpdate(context, new Pending(learners, context.Database.CurrentTransaction is null ? context.Database.BeginTransaction() : null));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Affected(context) is { Count: > 0 } learners)
        {
            Work.AddOrUpdate(context, new Pending(learners,
                context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(cancellationToken) : null));
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && Work.TryGetValue(context, out var pending))
        {
            Work.Remove(context);
            using var own = pending.OwnTransaction;
            foreach (var learner in pending.Learners)
            {
                foreach (var (sql, parameters) in Statements(learner))
                {
                    context.Database.ExecuteSqlRaw(sql, parameters);
                }
            }

            own?.Commit();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Work.TryGetValue(context, out var pending))
        {
            Work.Remove(context);
            await using var own = pending.OwnTransaction;
            await RefreshAsync(context.Database, pending.Learners, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Recomputes these learners' figures from their rows (also for repairs and tests).</summary>
    public static async Task RefreshAsync(DatabaseFacade database, IEnumerable<Guid> learners, CancellationToken cancellationToken = default)
    {
        foreach (var learner in learners)
        {
            foreach (var (sql, parameters) in Statements(learner))
            {
                await database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
            }
        }
    }

    private static void Abandon(DbContext? context)
    {
        if (context is not null && Work.TryGetValue(context, out var pending))
        {
            Work.Remove(context);
            pending.OwnTransaction?.Dispose();
        }
    }

    /// <summary>The learners whose traces, links or feedback this save touches (a link or a comment names its trace,
    /// whose learner is found among the tracked traces or read).</summary>
    private static HashSet<Guid> Affected(DbContext context)
    {
        var learners = new HashSet<Guid>();
        var traces = new HashSet<Guid>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Trace trace:
                    learners.Add(trace.LearnerId);
                    break;
                case TraceCompetenceLink link:
                    traces.Add(link.TraceId);
                    break;
                case FeedbackComment comment:
                    traces.Add(comment.TraceId);
                    break;
            }
        }

        traces.ExceptWith(context.ChangeTracker.Entries<Trace>().Where(e => learners.Contains(e.Entity.LearnerId)).Select(e => e.Entity.Id));
        if (traces.Count > 0)
        {
            var tracked = context.ChangeTracker.Entries<Trace>().Where(e => traces.Contains(e.Entity.Id)).ToList();
            learners.UnionWith(tracked.Select(e => e.Entity.LearnerId));
            traces.ExceptWith(tracked.Select(e => e.Entity.Id));
            if (traces.Count > 0)
            {
                learners.UnionWith(context.Set<Trace>().IgnoreQueryFilters().AsNoTracking().Where(t => traces.Contains(t.Id)).Select(t => t.LearnerId).ToList());
            }
        }

        return learners;
    }

    /// <summary>
    /// A learner's figures, rebuilt: each live trace counts once for each element it is linked to and once for the
    /// compétence of a linked compétence détaillée; the last activity is the latest live trace update or staff comment.
    /// Plain SQL that both providers run as written.
    /// </summary>
    private static IEnumerable<(string Sql, object[] Parameters)> Statements(Guid learner)
    {
        object[] id = [learner];
        yield return ("""DELETE FROM "LearnerTraceCounts" WHERE "LearnerId" = {0}""", id);
        yield return ($"""
            INSERT INTO "LearnerTraceCounts" ("LearnerId", "ElementId", "Traces")
            SELECT t."LearnerId", x."ElementId", COUNT(DISTINCT x."TraceId")
            FROM (
                SELECT l."ElementId" AS "ElementId", l."TraceId" AS "TraceId"
                FROM "TraceCompetenceLinks" AS l
                WHERE l."TraceId" IN (SELECT "Id" FROM "Traces" WHERE "LearnerId" = {"{0}"} AND "DeletedAt" IS NULL)
                UNION ALL
                SELECT e."ParentId", l."TraceId"
                FROM "TraceCompetenceLinks" AS l
                INNER JOIN "FrameworkElements" AS e ON e."Id" = l."ElementId"
                WHERE l."TraceId" IN (SELECT "Id" FROM "Traces" WHERE "LearnerId" = {"{0}"} AND "DeletedAt" IS NULL)
                  AND e."Kind" = {(int)ElementKind.DetailedCompetence} AND e."ParentId" IS NOT NULL
            ) AS x
            INNER JOIN "Traces" AS t ON t."Id" = x."TraceId"
            GROUP BY t."LearnerId", x."ElementId"
            """, id);
        yield return ("""DELETE FROM "LearnerPortfolioActivities" WHERE "LearnerId" = {0}""", id);
        yield return ("""
            INSERT INTO "LearnerPortfolioActivities" ("LearnerId", "LastAt")
            SELECT {0}, m."LastAt"
            FROM (
                SELECT MAX(a."At") AS "LastAt"
                FROM (
                    SELECT t."UpdatedAt" AS "At" FROM "Traces" AS t WHERE t."LearnerId" = {0} AND t."DeletedAt" IS NULL
                    UNION ALL
                    SELECT c."CreatedAt" FROM "FeedbackComments" AS c INNER JOIN "Traces" AS t ON t."Id" = c."TraceId"
                    WHERE t."LearnerId" = {0} AND c."ByStaff"
                ) AS a
            ) AS m
            WHERE m."LastAt" IS NOT NULL
            """, id);
    }
}
