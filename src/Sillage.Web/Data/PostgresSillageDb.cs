using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sillage.Web.Data;

/// <summary>PostgreSQL flavour of the database: its migrations are in Data/Migrations/Postgres.</summary>
public sealed class PostgresSillageDb(DbContextOptions<PostgresSillageDb> options) : SillageDb(options);

internal sealed class PostgresSillageDbDesignFactory : IDesignTimeDbContextFactory<PostgresSillageDb>
{
    public PostgresSillageDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSillageDb>().UseNpgsql("Host=localhost;Database=sillage_design").Options);
}
