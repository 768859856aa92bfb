using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sillage.Web.Data;

/// <summary>SQLite flavour of the database: its migrations are in Data/Migrations/Sqlite.</summary>
public sealed class SqliteSillageDb(DbContextOptions<SqliteSillageDb> options) : SillageDb(options);

internal sealed class SqliteSillageDbDesignFactory : IDesignTimeDbContextFactory<SqliteSillageDb>
{
    public SqliteSillageDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSillageDb>().UseSqlite("Data Source=design.db").Options);
}
