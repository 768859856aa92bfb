using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Observability;

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
        // The features' save interceptors (Portfolio's search index, Suivi's kept figures) are IInterceptor services,
        // registered by each feature's setup: the data layer knows none of them. Contexts are pooled (issue 16): a
        // request reuses a context whose services are already resolved instead of building one; SillageDb holds no
        // state of its own, and EF resets the change tracker and connection settings when a context goes back.
        if (IsPostgres(configuration))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Sillage is empty (set ConnectionStrings__Sillage).");
            }

            var postgres = WithPreparedStatements(connectionString);
            services.AddDbContextPool<SillageDb, PostgresSillageDb>((sp, o) => o.UseNpgsql(postgres).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else
        {
            var sqlite = PrepareSqlite(connectionString ?? DefaultSqliteConnection);
            SillageMetrics.ObserveSqliteMemory();
            // SQLite rebuilds a table to alter a column, outside the migration's transaction, and EF warns about
            // it on every fresh database (Portfolio migration). Those migrations are applied from an empty
            // database on every test run (both providers): the warnings tell an operator nothing actionable.
            services.AddDbContextPool<SillageDb, SqliteSillageDb>((sp, o) => o.UseSqlite(sqlite).AddInterceptors(sp.GetServices<IInterceptor>()).AddInterceptors(SqliteBusyTimeout.Instance).ConfigureWarnings(w => w.Ignore(
                Microsoft.EntityFrameworkCore.Diagnostics.SqliteEventId.TableRebuildPendingWarning,
                Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning)));
        }

        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitializer>());
        return services;
    }

    /// <summary>Prepares the database (migrations, roles, shipped data, keys) in the background from now on, while the
    /// rest of the start-up maps the endpoints; the server still listens only once it is done.</summary>
    public static WebApplication PrepareDatabaseNow(this WebApplication app)
    {
        app.Services.GetRequiredService<DatabaseInitializer>().Begin();
        return app;
    }

    /// <summary>Data a feature ships, installed at start-up (see <see cref="IShippedData"/>); also resolvable as itself.</summary>
    public static IServiceCollection AddShippedData<T>(this IServiceCollection services) where T : class, IShippedData
    {
        services.AddScoped<T>();
        services.AddScoped<IShippedData>(sp => sp.GetRequiredService<T>());
        return services;
    }

    /// <summary>How many statements each pooled PostgreSQL connection keeps prepared (past it, the least recently used is
    /// replaced): 256 is the most Npgsql accepts without warning of slower look-ups.</summary>
    public const int AutoPreparedStatements = 256;

    /// <summary>
    /// Npgsql's automatic preparation, unless the operator's connection string sets it (issue 16): a command sent a second
    /// time on a pooled connection is prepared there, and PostgreSQL then no longer parses it on every later execution, nor
    /// plans it once it settles on a generic plan (the pages send the same few dozen commands all day).
    /// <c>Max Auto Prepare=0</c> turns it off, e.g. behind a PgBouncer in transaction mode without
    /// <c>max_prepared_statements</c> (docs/operations.md, "Several instances").
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        System.Data.Common.DbConnectionStringBuilder given;
        Npgsql.NpgsqlConnectionStringBuilder settings;
        try
        {
            given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
            settings = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            // Npgsql's message names the keyword or the format at fault, never the values (the password stays out of logs).
            throw new InvalidOperationException($"ConnectionStrings:Sillage is not a valid PostgreSQL connection string (set ConnectionStrings__Sillage): {e.Message}", e);
        }

        if (!given.Keys.Cast<string>().Any(k => IsKeyword(k, "Max Auto Prepare")))
        {
            settings.MaxAutoPrepare = AutoPreparedStatements;
        }

        if (!given.Keys.Cast<string>().Any(k => IsKeyword(k, "Auto Prepare Min Usages")))
        {
            settings.AutoPrepareMinUsages = 2;
        }

        return settings.ToString();

        static bool IsKeyword(string key, string keyword) =>
            string.Equals(key.Replace(" ", "", StringComparison.Ordinal), keyword.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
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
