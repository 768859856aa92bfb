using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sillage.Web.Data;

namespace Sillage.Web.Tests.Data;

/// <summary>
/// The PartnershipEvents migration on a database holding partnership actions of the old shape (one host organisation
/// each), on the provider under test (SQLite, or PostgreSQL with SILLAGE_TEST_POSTGRES): each action becomes an event
/// of that organisation's establishment with the organisation as its only partner; reverted, the column comes back.
/// </summary>
public sealed class PartnershipEventsMigrationTests
{
    private const string Establishment = "0192f0a0-0000-7000-8000-000000000001";
    private const string Host = "0192f0a0-0000-7000-8000-000000000002";
    private const string Action = "0192f0a0-0000-7000-8000-000000000003";

    [Fact]
    public Task Existing_actions_keep_their_host_as_partner_and_get_its_establishment() =>
        ScratchDatabase.RunAsync("sillage_partnership", db => CheckAsync(db, db is SqliteSillageDb ? id => id.ToUpperInvariant() : id => id));

    /// <param name="stored">How the provider stores a Guid as SQL text (SQLite: upper-case text).</param>
    private static async Task CheckAsync(SillageDb db, Func<string, string> stored)
    {
        var migrator = db.GetService<IMigrator>();
        var all = db.Database.GetMigrations().ToList();
        var target = all.Single(m => m.EndsWith("_PartnershipEvents", StringComparison.Ordinal));
        var before = all[all.IndexOf(target) - 1];
        await migrator.MigrateAsync(before);
        var (e, h, a) = (stored(Establishment), stored(Host), stored(Action));
        // Fixed ids of this test, no input: the old shape's rows as SQL, the model no longer knowing it.
        var rows = $"""
            INSERT INTO "Establishments" ("Id", "Name", "Uai") VALUES ('{e}', 'Lycée', '0690001A');
            INSERT INTO "HostOrganisations" ("Id", "EstablishmentId", "Name", "NormalizedName", "Kind", "CreatedAt", "UpdatedAt", "Version")
                VALUES ('{h}', '{e}', 'Cabinet', 'cabinet', 1, '2026-09-01 08:00:00', '2026-09-01 08:00:00', '{h}');
            INSERT INTO "PartnershipActions" ("Id", "HostOrganisationId", "Kind", "Date", "Title", "Hours", "CreatedAt")
                VALUES ('{a}', '{h}', 3, '2026-10-05', 'Intervention', 2, '2026-10-05 08:00:00');
            """;
        await db.Database.ExecuteSqlRawAsync(rows);

        await migrator.MigrateAsync(target);
        var action = await db.PartnershipActions.AsNoTracking().Include(x => x.Partners).SingleAsync();
        Assert.Equal(Guid.Parse(Establishment), action.EstablishmentId);
        Assert.Equal(Guid.Parse(Host), Assert.Single(action.Partners).HostOrganisationId);
        Assert.Equal(2m, action.Hours);
        Assert.Equal(new DateOnly(2026, 10, 5), action.Date);

        await migrator.MigrateAsync(before);
        var host = await db.Database.SqlQueryRaw<string>("""SELECT CAST("HostOrganisationId" AS TEXT) AS "Value" FROM "PartnershipActions" """).SingleAsync();
        Assert.Equal(Host, host, ignoreCase: true);
    }
}
