namespace Sillage.Web.Pages.Portfolio;

/// <summary>
/// The full-text index of traces, per provider: SQLite keeps an FTS5 table that <see cref="TraceSearchSync"/> fills
/// after each save; PostgreSQL a generated tsvector column with a GIN index. Both index <c>Trace.SearchText</c>, already folded and de-pluralised (see FrenchSearch). The Initial
/// migrations create them with their own copy of the SQL (a migration must not change when live code does);
/// <see cref="SqliteCreate"/> is repeated by the start-up check (<see cref="TraceSearchCheck"/>).
/// </summary>
public static class TraceSearchSql
{
    /// <summary>LearnerKey holds the learner's id as one indexed token ("l" + 32 hex digits), so that a search
    /// intersects that learner's rows first instead of ranking every learner's matches.</summary>
    public const string SqliteCreate =
        "CREATE VIRTUAL TABLE IF NOT EXISTS TraceSearch USING fts5(TraceId UNINDEXED, LearnerKey, Text, tokenize = 'unicode61 remove_diacritics 2');";

    /// <summary>The LearnerKey of a row, from the Traces table (Guids are stored as uppercase text by EF on SQLite).</summary>
    public const string SqliteLearnerKey = "'l' || lower(replace(LearnerId, '-', ''))";

    public const string SqliteFill =
        "DELETE FROM TraceSearch; INSERT INTO TraceSearch (TraceId, LearnerKey, Text) SELECT Id, " + SqliteLearnerKey + ", SearchText FROM Traces WHERE DeletedAt IS NULL;";

    public static string LearnerKey(Guid learnerId) => "l" + learnerId.ToString("N");
}
