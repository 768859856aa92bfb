using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>Full-text search in one learner's traces, best matches first (FTS5 bm25 on SQLite, ts_rank on PostgreSQL).</summary>
public sealed class PortfolioSearch(SillageDb db)
{
    /// <summary>The ids of the matching traces, best first; null when the query has no searchable word.</summary>
    public async Task<IReadOnlyList<Guid>?> MatchAsync(Guid learnerId, string? query, CancellationToken cancellationToken = default)
    {
        var terms = FrenchSearch.Terms(query);
        if (terms.Count == 0)
        {
            return null;
        }

        if (db.Database.IsSqlite())
        {
            var ids = await db.Database.SqlQueryRaw<string>(
                    "SELECT TraceId AS Value FROM TraceSearch WHERE TraceSearch MATCH {0} ORDER BY rank",
                    $"LearnerKey : \"{TraceSearchSql.LearnerKey(learnerId)}\" AND Text : ({FrenchSearch.Fts5Query(terms)})")
                .ToListAsync(cancellationToken);
            return ids.Select(Guid.Parse).ToList();
        }

        return await db.Database.SqlQueryRaw<Guid>(
                """SELECT "Id" AS "Value" FROM "Traces" WHERE "LearnerId" = {0} AND "DeletedAt" IS NULL AND "SearchVector" @@ to_tsquery('simple', {1}) ORDER BY ts_rank("SearchVector", to_tsquery('simple', {1})) DESC""",
                learnerId, FrenchSearch.TsQuery(terms))
            .ToListAsync(cancellationToken);
    }
}
