using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sillage.Web.Infrastructure.Database;

namespace Sillage.Web.Tests.Infrastructure.Database;

/// <summary>The settings every connection of the app gets from its provider: on SQLite the busy timeout (fine-grained
/// back-off inside SQLite rather than Microsoft.Data.Sqlite's 150 ms sleeps), on PostgreSQL the automatic preparation
/// of repeated commands (issue 16).</summary>
public sealed class ConnectionSettingsTests(SillageApp app) : IClassFixture<SillageApp>
{
    private const string Tag = "connection settings check";

    [Fact]
    public async Task Every_connection_of_the_app_has_its_providers_settings()
    {
        for (var i = 0; i < 3; i++)
        {
            await app.WithDbAsync(async db =>
            {
                var connection = db.Database.GetDbConnection();
                await db.Database.OpenConnectionAsync();
                try
                {
                    if (app.IsPostgres)
                    {
                        // The same command three times on one connection: from the second it is prepared on the server.
                        for (var run = 0; run < 3; run++)
                        {
                            await db.Users.TagWith(Tag).CountAsync();
                        }

                        // (The tag is looked for in two halves, so that this query, once prepared in turn, does not count itself.)
                        var halves = $"'{Tag[..10]}', '{Tag[10..]}'";
                        Assert.Equal(1L, await ScalarAsync(connection, $"SELECT count(*) FROM pg_prepared_statements WHERE position(concat({halves}) in statement) > 0"));
                    }
                    else
                    {
                        Assert.Equal((long)SqliteBusyTimeout.Milliseconds, await ScalarAsync(connection, "PRAGMA busy_timeout"));
                    }
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            });
        }
    }

    [Fact]
    public void Postgres_connections_prepare_repeated_commands_unless_the_operator_says_otherwise()
    {
        var defaults = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPreparedStatements("Host=db.example;Username=sillage;Password=p;Database=sillage"));
        Assert.Equal(DatabaseSetup.AutoPreparedStatements, defaults.MaxAutoPrepare);
        Assert.Equal(2, defaults.AutoPrepareMinUsages);
        Assert.Equal(("db.example", "sillage", "p", "sillage"), (defaults.Host, defaults.Username, defaults.Password, defaults.Database));

        // The operator's own choice is kept, in either spelling (e.g. off behind an old PgBouncer in transaction mode).
        var off = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPreparedStatements("Host=db.example;Max Auto Prepare=0"));
        Assert.Equal(0, off.MaxAutoPrepare);
        var chosen = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPreparedStatements("Host=db.example;maxautoprepare=20;Auto Prepare Min Usages=5"));
        Assert.Equal((20, 5), (chosen.MaxAutoPrepare, chosen.AutoPrepareMinUsages));

        // Everything else the operator wrote comes through: a quoted password with a semicolon, several hosts, TLS.
        var full = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPreparedStatements(
            "Host=db1.example,db2.example;Username=sillage;Password='p;w=d';SSL Mode=VerifyFull;Maximum Pool Size=50"));
        Assert.Equal(("db1.example,db2.example", "p;w=d", SslMode.VerifyFull, 50), (full.Host, full.Password, full.SslMode, full.MaxPoolSize));

        // A mistyped keyword stops the start with a message naming the setting, not the string (nor its password).
        var wrong = Assert.Throws<InvalidOperationException>(() => DatabaseSetup.WithPreparedStatements("Host=db.example;Pasword=secret"));
        Assert.Contains("ConnectionStrings__Sillage", wrong.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", wrong.Message, StringComparison.Ordinal);
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
