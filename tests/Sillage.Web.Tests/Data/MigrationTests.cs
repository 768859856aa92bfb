using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;

namespace Sillage.Web.Tests.Data;

/// <summary>Each provider's migration set is current: a model change without its migrations fails here.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new SqliteSillageDb(new DbContextOptionsBuilder<SqliteSillageDb>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration NAME: the SQLite migrations are behind the model.");
    }

    [Fact]
    public void The_postgres_migrations_match_the_model()
    {
        using var db = new PostgresSillageDb(new DbContextOptionsBuilder<PostgresSillageDb>().UseNpgsql("Host=localhost;Database=none").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration NAME: the PostgreSQL migrations are behind the model.");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..]);
        using var sqlite = new SqliteSillageDb(new DbContextOptionsBuilder<SqliteSillageDb>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresSillageDb(new DbContextOptionsBuilder<PostgresSillageDb>().UseNpgsql("Host=localhost;Database=none").Options);
        Assert.Equal(Names(sqlite), Names(postgres));
    }

    [Fact]
    public void The_start_up_knows_the_shipped_migrations()
    {
        static ShippedMigrationSet Found(DbContext db) => new(db.Database.GetMigrations().Count(), db.Database.GetMigrations().Last());
        using var sqlite = new SqliteSillageDb(new DbContextOptionsBuilder<SqliteSillageDb>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresSillageDb(new DbContextOptionsBuilder<PostgresSillageDb>().UseNpgsql("Host=localhost;Database=none").Options);
        const string Fix = "Run scripts/shipped-migrations: Data/ShippedMigrations.cs is behind the migrations.";
        Assert.True(Found(sqlite) == ShippedMigrations.Sqlite, Fix);
        Assert.True(Found(postgres) == ShippedMigrations.Postgres, Fix);
    }

    [Fact]
    public void No_migration_reads_live_code()
    {
        // A migration runs years after it was written: SQL or values read from the app's classes would change it.
        var offences = SourceTree.SourceLines()
            .Where(l => l.File.StartsWith("src/Sillage.Web/Data/Migrations/", StringComparison.Ordinal) && !l.File.EndsWith(".Designer.cs", StringComparison.Ordinal)
                        && !l.File.EndsWith("ModelSnapshot.cs", StringComparison.Ordinal))
            .Where(l => l.Text.Contains("Sillage.", StringComparison.Ordinal) && !l.Text.TrimStart().StartsWith("namespace Sillage.Web.Data.Migrations.", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offences.Count == 0, "Write the SQL in the migration itself:\n" + string.Join("\n", offences));
    }
}
