using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
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
    public async Task An_empty_database_migrates_up_with_the_search_index_and_back_down_to_nothing()
    {
        if (SillageApp.PostgresServer is { } server)
        {
            await OnPostgresAsync(server);
        }
        else
        {
            await OnSqliteAsync();
        }
    }

    private static async Task OnSqliteAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sillage_migrations_{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteSillageDb(new DbContextOptionsBuilder<SqliteSillageDb>().UseSqlite($"Data Source={path}").Options);
            await db.Database.MigrateAsync();
            Assert.Equal(1, await Scalar(db, "SELECT count(*) AS Value FROM sqlite_master WHERE name = 'TraceSearch'"));
            Assert.Equal(0, await Scalar(db, "SELECT count(*) AS Value FROM TraceSearch WHERE TraceSearch MATCH 'Text : rien'"));

            await db.GetService<IMigrator>().MigrateAsync(Migration.InitialDatabase);
            Assert.Empty(await Names(db, "SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static async Task OnPostgresAsync(string server)
    {
        var name = "sillage_migrations_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
            await using var db = new PostgresSillageDb(new DbContextOptionsBuilder<PostgresSillageDb>().UseNpgsql(connection).Options);
            await db.Database.MigrateAsync();
            Assert.Equal(1, await Scalar(db, """SELECT count(*)::int AS "Value" FROM information_schema.columns WHERE table_name = 'Traces' AND column_name = 'SearchVector'"""));
            Assert.Equal(1, await Scalar(db, """SELECT count(*)::int AS "Value" FROM pg_indexes WHERE indexname = 'IX_Traces_SearchVector'"""));

            await db.GetService<IMigrator>().MigrateAsync(Migration.InitialDatabase);
            Assert.Empty(await Names(db, """SELECT table_name::text AS "Value" FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '__EFMigrations%'"""));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static Task<List<string>> Names(DbContext db, string sql) => db.Database.SqlQueryRaw<string>(sql).ToListAsync();

    private static Task<int> Scalar(DbContext db, string sql) => db.Database.SqlQueryRaw<int>(sql).SingleAsync();
}
