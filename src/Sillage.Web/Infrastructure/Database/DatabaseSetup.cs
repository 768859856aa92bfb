using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;

namespace Sillage.Web.Infrastructure.Database;

/// <summary>Chooses the provider: SQLite (default, a file under data/) or PostgreSQL
/// (<c>Database__Provider=Postgres</c> and <c>ConnectionStrings__Sillage</c>).</summary>
public static class DatabaseSetup
{
    public const string DefaultSqliteConnection = "Data Source=data/sillage.db";

    public static bool IsPostgres(IConfiguration configuration) =>
        string.Equals(configuration["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(configuration["Database:Provider"], "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddSillageDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Sillage");
        if (IsPostgres(configuration))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Sillage is empty (set ConnectionStrings__Sillage).");
            }

            services.AddDbContext<SillageDb, PostgresSillageDb>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            var sqlite = PrepareSqlite(connectionString ?? DefaultSqliteConnection);
            services.AddDbContext<SillageDb, SqliteSillageDb>(o => o.UseSqlite(sqlite));
        }

        services.AddHostedService<DatabaseInitializer>();
        return services;
    }

    /// <summary>Creates the folder of the database file so that the first run needs nothing prepared.</summary>
    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        builder.Pooling = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
