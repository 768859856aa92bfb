using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Portfolio;
using Sillage.Domain.Suivi;

namespace Sillage.Web.Pages.Suivi;

/// <summary>
/// Keeps the suivi's derived figures true in the transaction of every save that changes what they come from:
/// <see cref="LearnerTraceCount"/> and <see cref="LearnerPortfolioActivity"/> when traces, their competence links or
/// feedback are added, changed or deleted; <see cref="LearnerElementLevel"/> when positionnements are. The affected
/// learners' figures are recomputed from their own rows after the save and before its commit (a transaction is opened
/// for the save when none is running). Being an interceptor, no code path that saves them can forget it, and every
/// instance of a cluster reads the same figures at once. Bulk updates and deletes (ExecuteUpdate/ExecuteDelete) bypass
/// interceptors: do not use them on those tables.
/// </summary>
public sealed class PortfolioFigures : SaveChangesInterceptor
{
    private sealed record Pending(Changed Changed, IDbContextTransaction? OwnTransaction);

    /// <summary>Whose figures a save changes: learners' dossiers, and (cohort, learner) pairs' positionnements.</summary>
    private sealed record Changed(HashSet<Guid> Learners, HashSet<(Guid Cohort, Guid Learner)> Positioned)
    {
        public bool Any => Learners.Count > 0 || Positioned.Count > 0;

        public IEnumerable<(string Sql, object[] Parameters)> Statements() =>
            Learners.SelectMany(PortfolioStatements).Concat(Positioned.SelectMany(p => LevelStatements(p.Cohort, p.Learner)));
    }

    private static readonly ConditionalWeakTable<DbContext, Pending> Work = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Affected(context) is { Any: true } changed)
        {
            Work.AddOrUpdate(context, new Pending(changed, context.Database.CurrentTransaction is null ? context.Database.BeginTransaction() : null));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Affected(context) is { Any: true } changed)
        {
            Work.AddOrUpdate(context, new Pending(changed,
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
            foreach (var (sql, parameters) in pending.Changed.Statements())
            {
                context.Database.ExecuteSqlRaw(sql, parameters);
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
            await ExecuteAsync(context.Database, pending.Changed.Statements(), cancellationToken);
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
    public static Task RefreshAsync(DatabaseFacade database, IEnumerable<Guid> learners, CancellationToken cancellationToken = default) =>
        ExecuteAsync(database, learners.SelectMany(PortfolioStatements), cancellationToken);

    /// <summary>Recomputes the levels of these learners in these cohorts from their positionnements (also for repairs and tests).</summary>
    public static Task RefreshLevelsAsync(DatabaseFacade database, IEnumerable<(Guid Cohort, Guid Learner)> pairs, CancellationToken cancellationToken = default) =>
        ExecuteAsync(database, pairs.SelectMany(p => LevelStatements(p.Cohort, p.Learner)), cancellationToken);

    private static async Task ExecuteAsync(DatabaseFacade database, IEnumerable<(string Sql, object[] Parameters)> statements, CancellationToken cancellationToken)
    {
        foreach (var (sql, parameters) in statements)
        {
            await database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
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
    /// whose learner is found among the tracked traces or read), and the (cohort, learner) pairs whose positionnements it
    /// touches (before and after a change, should one move).</summary>
    private static Changed Affected(DbContext context)
    {
        var learners = new HashSet<Guid>();
        var positioned = new HashSet<(Guid, Guid)>();
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
                case Assessment assessment:
                    positioned.Add((assessment.CohortId, assessment.LearnerId));
                    if (entry.State == EntityState.Modified)
                    {
                        positioned.Add(((Guid)entry.OriginalValues[nameof(Assessment.CohortId)]!, (Guid)entry.OriginalValues[nameof(Assessment.LearnerId)]!));
                    }

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

        return new Changed(learners, positioned);
    }

    /// <summary>
    /// A learner's figures, rebuilt: each live trace counts once for each element it is linked to and once for the
    /// compétence of a linked compétence détaillée; the last activity is the latest live trace update or staff comment.
    /// Plain SQL that both providers run as written.
    /// </summary>
    private static IEnumerable<(string Sql, object[] Parameters)> PortfolioStatements(Guid learner)
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

    /// <summary>
    /// A learner's levels in a cohort, rebuilt: per element, the level of the latest standing positionnement (latest
    /// observation, then latest recording, among those no other event corrects — <see cref="CompetenceStateRule"/> with no
    /// date limit), the number of positionnements and the latest recording. Plain SQL that both providers run as written.
    /// </summary>
    private static IEnumerable<(string Sql, object[] Parameters)> LevelStatements(Guid cohort, Guid learner)
    {
        object[] pair = [cohort, learner];
        yield return ("""DELETE FROM "LearnerElementLevels" WHERE "CohortId" = {0} AND "LearnerId" = {1}""", pair);
        yield return ($"""
            INSERT INTO "LearnerElementLevels" ("CohortId", "LearnerId", "ElementId", "Level", "Events", "LastRecordedAt")
            {LevelsSelect}
            WHERE a."CohortId" = {"{0}"} AND a."LearnerId" = {"{1}"}
            GROUP BY a."CohortId", a."LearnerId", a."ElementId"
            """, pair);
    }

    /// <summary>The levels' query without its filter (the migration HeatmapLevels holds a frozen copy of it to fill the table).</summary>
    private const string LevelsSelect = """
        SELECT a."CohortId", a."LearnerId", a."ElementId",
            COALESCE((
                SELECT s."Level" FROM "Assessments" AS s
                WHERE s."CohortId" = a."CohortId" AND s."LearnerId" = a."LearnerId" AND s."ElementId" = a."ElementId"
                  AND NOT EXISTS (SELECT 1 FROM "Assessments" AS c WHERE c."CorrectsId" = s."Id")
                ORDER BY s."ObservedOn" DESC, s."RecordedAt" DESC
                LIMIT 1), 0),
            COUNT(*), MAX(a."RecordedAt")
        FROM "Assessments" AS a
        """;
}
