using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Database;
using Sillage.Web.Tests.Infrastructure.Cluster;

namespace Sillage.Web.Tests.Infrastructure.Database;

/// <summary>The start-up's quick check (one query on the history table against <see cref="ShippedMigrations"/>) says
/// "up to date" only when it is, and a database behind is still migrated (SQLite, and PostgreSQL with
/// SILLAGE_TEST_POSTGRES).</summary>
public sealed class MigrationCheckTests : IDisposable
{
    private readonly ClusterDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static Task<bool> UpToDate(SillageApp app) =>
        app.WithDbAsync(db => DatabaseInitializer.HoldsShippedMigrationsAsync(db, CancellationToken.None));

    [Fact]
    public async Task A_migrated_database_is_up_to_date_one_behind_is_not_and_is_migrated_at_the_next_start()
    {
        string previous;
        using (var app = new ClusterApp(_database, demo: false))
        {
            Assert.True(await UpToDate(app));

            // Back to the migration before the last, as a database the previous version left.
            previous = await app.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().SkipLast(1).Last()));
            await app.WithDbAsync(db => db.GetService<IMigrator>().MigrateAsync(previous));
            Assert.False(await UpToDate(app));
            Assert.Equal(previous, await app.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).Last()));
        }

        using (var app = new ClusterApp(_database, demo: false))
        {
            Assert.True(await UpToDate(app));
            Assert.Empty(await app.WithDbAsync(db => db.Database.GetPendingMigrationsAsync()));
            Assert.True(await app.WithDbAsync(db => db.Set<ShippedDataStamp>().AnyAsync()));
        }
    }

    [Fact]
    public async Task A_database_without_a_history_table_or_with_a_newer_history_is_not_up_to_date()
    {
        using var app = new ClusterApp(_database, demo: false);
        // A newer version's migration, unknown to this one: EF decides (it ignores unknown rows).
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('29991231000000_Future', '10.0.0')"""));
        Assert.False(await UpToDate(app));

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""DROP TABLE "__EFMigrationsHistory" """));
        Assert.False(await UpToDate(app));
    }
}
