using Microsoft.EntityFrameworkCore;
using Sillage.Web.Infrastructure.Database;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>On SQLite, every connection the app opens waits for the write lock inside SQLite (fine-grained back-off)
/// rather than in Microsoft.Data.Sqlite's 150 ms sleeps.</summary>
public sealed class SqliteBusyTimeoutTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task Every_sqlite_connection_of_the_app_has_the_busy_timeout()
    {
        if (app.IsPostgres)
        {
            return;
        }

        for (var i = 0; i < 3; i++)
        {
            var timeout = await app.WithDbAsync(async db =>
            {
                var connection = db.Database.GetDbConnection();
                await db.Database.OpenConnectionAsync();
                try
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = "PRAGMA busy_timeout";
                    return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            });
            Assert.Equal(SqliteBusyTimeout.Milliseconds, timeout);
        }
    }
}
