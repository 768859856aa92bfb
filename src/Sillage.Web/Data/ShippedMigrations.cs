// Written by scripts/shipped-migrations (run by scripts/add-migration); MigrationTests checks it.
namespace Sillage.Web.Data;

/// <summary>The migrations this version ships, per provider: how many, and the last one's id. A database whose history
/// table holds as many rows and the same last id is up to date, which the start-up checks with one query instead of
/// EF's discovery of the migrations (a reflection over every type of the app, issue 16).</summary>
internal static class ShippedMigrations
{
    public static readonly ShippedMigrationSet Sqlite = new(18, "20261205133639_ShippedDataStamps");

    public static readonly ShippedMigrationSet Postgres = new(18, "20261205133639_ShippedDataStamps");
}

/// <summary>A provider's migrations: their number and the last one's id.</summary>
internal sealed record ShippedMigrationSet(int Count, string Last);
