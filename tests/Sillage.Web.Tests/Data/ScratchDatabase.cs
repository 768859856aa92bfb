using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sillage.Web.Data;

namespace Sillage.Web.Tests.Data;

/// <summary>An empty database of the provider under test (SQLite, or PostgreSQL with SILLAGE_TEST_POSTGRES), with no
/// migration applied, for tests that drive the migrations themselves; dropped afterwards.</summary>
public static class ScratchDatabase
{
    public static async Task RunAsync(string prefix, Func<SillageDb, Task> test)
    {
        if (SillageApp.PostgresServer is { } server)
        {
            await OnPostgresAsync(server, prefix, test);
        }
        else
        {
            await OnSqliteAsync(prefix, test);
        }
    }

    private static async Task OnSqliteAsync(string prefix, Func<SillageDb, Task> test)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}_{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteSillageDb(new DbContextOptionsBuilder<SqliteSillageDb>().UseSqlite($"Data Source={path}").Options);
            await test(db);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static async Task OnPostgresAsync(string server, string prefix, Func<SillageDb, Task> test)
    {
        var name = prefix + "_" + Guid.NewGuid().ToString("N")[..12];
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
            await test(db);
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
}
