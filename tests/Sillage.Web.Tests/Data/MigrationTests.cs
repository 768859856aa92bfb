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
}
