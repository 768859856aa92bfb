using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sillage.Web.Data;

namespace Sillage.Web.Tests.Data;

/// <summary>
/// The migration set of the provider under test (SQLite, or PostgreSQL with SILLAGE_TEST_POSTGRES) applied to an empty
/// database and reverted: the full-text index of traces, raw SQL written in the migration itself, comes and goes
/// with it. Guards the squash of issue #14 item 6, where that SQL stopped being read from live code.
/// </summary>
public sealed class MigrationRoundTripTests
{
    [Fact]
    public Task An_empty_database_migrates_up_with_the_search_index_and_back_down_to_nothing() =>
        ScratchDatabase.RunAsync("sillage_migrations", db => db is SqliteSillageDb ? OnSqliteAsync(db) : OnPostgresAsync(db));

    private static async Task OnSqliteAsync(SillageDb db)
    {
        await db.Database.MigrateAsync();
        Assert.Equal(1, await Scalar(db, "SELECT count(*) AS Value FROM sqlite_master WHERE name = 'TraceSearch'"));
        Assert.Equal(0, await Scalar(db, "SELECT count(*) AS Value FROM TraceSearch WHERE TraceSearch MATCH 'Text : rien'"));

        await db.GetService<IMigrator>().MigrateAsync(Migration.InitialDatabase);
        Assert.Empty(await Names(db, "SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'"));
    }

    private static async Task OnPostgresAsync(SillageDb db)
    {
        await db.Database.MigrateAsync();
        Assert.Equal(1, await Scalar(db, """SELECT count(*)::int AS "Value" FROM information_schema.columns WHERE table_name = 'Traces' AND column_name = 'SearchVector'"""));
        Assert.Equal(1, await Scalar(db, """SELECT count(*)::int AS "Value" FROM pg_indexes WHERE indexname = 'IX_Traces_SearchVector'"""));

        await db.GetService<IMigrator>().MigrateAsync(Migration.InitialDatabase);
        Assert.Empty(await Names(db, """SELECT table_name::text AS "Value" FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '__EFMigrations%'"""));
    }

    private static Task<List<string>> Names(DbContext db, string sql) => db.Database.SqlQueryRaw<string>(sql).ToListAsync();

    private static Task<int> Scalar(DbContext db, string sql) => db.Database.SqlQueryRaw<int>(sql).SingleAsync();
}
