using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sillage.Web.Infrastructure.Database;

namespace Sillage.Web.Infrastructure.Backup;

/// <summary>The database half of a backup: SQLite's online backup (a consistent copy while the app runs), or
/// PostgreSQL's <c>pg_dump</c> in custom format restored with <c>pg_restore</c> (both from <c>PATH</c>, or from the
/// folder in <c>Backup:PostgresBin</c>).</summary>
public abstract class DatabaseArchive
{
    public abstract string Provider { get; }

    /// <summary>Writes the copy into the folder; returns its file name.</summary>
    public abstract Task<string> BackupAsync(string directory, CancellationToken cancellationToken);

    /// <summary>Loads the copy into the configured database, which must hold no table yet.</summary>
    public abstract Task RestoreAsync(string file, CancellationToken cancellationToken);

    public static DatabaseArchive For(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Sillage");
        return DatabaseSetup.IsPostgres(configuration)
            ? new PostgresArchive(connectionString!, configuration["Backup:PostgresBin"])
            : new SqliteArchive(connectionString ?? DatabaseSetup.DefaultSqliteConnection);
    }

    public sealed class SqliteArchive(string connectionString) : DatabaseArchive
    {
        public override string Provider => "Sqlite";

        public override Task<string> BackupAsync(string directory, CancellationToken cancellationToken)
        {
            const string name = "database.sqlite";
            using var source = new SqliteConnection(connectionString);
            source.Open();
            using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, name), Pooling = false }.ToString());
            target.Open();
            source.BackupDatabase(target);
            return Task.FromResult(name);
        }

        public override Task RestoreAsync(string file, CancellationToken cancellationToken)
        {
            using var target = new SqliteConnection(connectionString);
            target.Open();
            using (var tables = target.CreateCommand())
            {
                tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
                if (Convert.ToInt64(tables.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    throw new InvalidOperationException("The database is not empty: restore into an empty installation (a new database file).");
                }
            }

            using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            source.Open();
            source.BackupDatabase(target);
            return Task.CompletedTask;
        }
    }

    public sealed class PostgresArchive(string connectionString, string? binFolder) : DatabaseArchive
    {
        public override string Provider => "Postgres";

        public override async Task<string> BackupAsync(string directory, CancellationToken cancellationToken)
        {
            const string name = "database.dump";
            await RunAsync("pg_dump", ["--format=custom", "--no-owner", "--file", Path.Combine(directory, name)], cancellationToken);
            return name;
        }

        public override async Task RestoreAsync(string file, CancellationToken cancellationToken)
        {
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync(cancellationToken);
                await using var tables = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
                if ((long)(await tables.ExecuteScalarAsync(cancellationToken))! > 0)
                {
                    throw new InvalidOperationException("The database is not empty: restore into an empty installation (a new database).");
                }
            }

            await RunAsync("pg_restore", ["--no-owner", "--exit-on-error", file], cancellationToken);
        }

        /// <summary>Runs the tool against the configured database; the connection settings go through the libpq
        /// environment variables, so that the password never shows on a command line.</summary>
        private async Task RunAsync(string tool, string[] arguments, CancellationToken cancellationToken)
        {
            var settings = new NpgsqlConnectionStringBuilder(connectionString);
            var start = new ProcessStartInfo(binFolder is { Length: > 0 } ? Path.Combine(binFolder, tool) : tool) { RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add("--dbname=" + settings.Database);
            start.Environment["PGHOST"] = settings.Host;
            start.Environment["PGPORT"] = settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            start.Environment["PGUSER"] = settings.Username;
            start.Environment["PGPASSWORD"] = settings.Password;
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started.");
            var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors.Trim()}");
            }
        }
    }
}
