using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Sillage.Web.Tests;

/// <summary>
/// The demo database (two establishments) migrated and seeded once per test run, then copied for each <see cref="SillageApp"/>
/// whose settings would seed the same data: <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL, a file copy on SQLite, and
/// the demo's stored files copied into the app's own file store. Seeding took most of each app's start (docs/testing.md).
/// The template is what the start-up leaves, taken before anything runs after it: its app has no job worker, no outbox
/// dispatcher, no desk releaser, no retention scheduler (the demo's queued jobs and e-mails are still queued in the copy),
/// and its Data Protection key is removed, so each app's own start-up still checks the migrations, roles, shipped data and
/// demo against the copy and makes its key, the way it does on a fresh seed.
/// </summary>
public static class TemplateDatabase
{
    private static readonly Lock Gate = new();
    private static string? _name;

    /// <summary>The clock every template is seeded at (<see cref="SillageApp.Clock"/>'s start).</summary>
    public static readonly DateTimeOffset SeededAt = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Whether an app with this configuration would seed what the template holds: the demo with the second
    /// establishment, shipped data not forced, local files in the app's own directory, the app's own database.</summary>
    public static bool Fits(IConfiguration configuration, string filesPath, string connectionString) =>
        configuration.GetValue<bool>("Demo:Enabled")
        && configuration.GetValue<bool>(Sillage.Web.Data.Demo.DemoSeeder.SecondEstablishmentSetting)
        && !configuration.GetValue<bool>(Sillage.Web.Infrastructure.Database.DatabaseInitializer.ReinstallSetting)
        && string.Equals(configuration["Storage:Provider"] ?? "Local", "Local", StringComparison.OrdinalIgnoreCase)
        && configuration["Storage:LocalPath"] == filesPath
        && configuration["Database:Provider"] == (SillageApp.PostgresServer is null ? "Sqlite" : "Postgres")
        && configuration["ConnectionStrings:Sillage"] == connectionString;

    /// <summary>Copies the template (made on first use) to this database and file directory, unless the database is
    /// there already (a factory derived with WithWebHostBuilder, or a second instance on the same database).</summary>
    public static void CopyTo(string databaseName, string filesPath)
    {
        lock (Gate)
        {
            _name ??= Create();
            if (Exists(databaseName))
            {
                return;
            }

            if (SillageApp.PostgresServer is not null)
            {
                // The template may have no other connection while it is copied: the copies are made one at a time here,
                // and nothing else connects to it once it is made.
                using var connection = new NpgsqlConnection(SillageApp.PostgresServer);
                connection.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE {databaseName} TEMPLATE {_name}", connection);
                create.ExecuteNonQuery();
            }
            else
            {
                File.Copy(SqlitePath(_name), SqlitePath(databaseName));
            }

            CopyDirectory(FilesPath(_name), filesPath);
        }
    }

    public static string SqlitePath(string databaseName) => Path.Combine(Path.GetTempPath(), databaseName + ".db");

    public static string FilesPath(string databaseName) => Path.Combine(Path.GetTempPath(), databaseName + "-files");

    private static bool Exists(string databaseName)
    {
        if (SillageApp.PostgresServer is null)
        {
            return File.Exists(SqlitePath(databaseName));
        }

        using var connection = new NpgsqlConnection(SillageApp.PostgresServer);
        connection.Open();
        using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{databaseName}'", connection);
        return exists.ExecuteScalar() is not null;
    }

    private const string Prefix = "sillage_template_";

    private static string Create()
    {
        DropStale();
        // The time of its making is in the name, so that a later run can drop a template its run could not (below).
        var name = Prefix + DateTime.UtcNow.ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..8];
        using (var app = new TemplateApp(name))
        {
            _ = app.Services; // starts the host: its start-up migrates and seeds
            using var scope = app.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<Sillage.Web.Data.SillageDb>().DataProtectionKeys.ExecuteDelete();
        }

        if (SillageApp.PostgresServer is not null)
        {
            NpgsqlConnection.ClearAllPools();
        }
        else
        {
            // Everything into the main file, so that the file alone is the database.
            using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={SqlitePath(name)};Pooling=False"))
            {
                connection.Open();
                using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                checkpoint.ExecuteNonQuery();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(name);
        return name;
    }

    /// <summary>Drops the templates of earlier runs made more than a day ago: the test host is often stopped before its
    /// <c>ProcessExit</c> handler runs, which would leave one template per run on a developer's server and in the
    /// temporary directory. A day leaves any run still going alone.</summary>
    private static void DropStale()
    {
        var limit = DateTime.UtcNow.AddDays(-1).ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture);
        bool Stale(string name) => name.Length > Prefix.Length + 12 && name[Prefix.Length + 12] == '_'
            && string.CompareOrdinal(name.Substring(Prefix.Length, 12), limit) < 0;
        var names = new List<string>();
        if (SillageApp.PostgresServer is not null)
        {
            using var connection = new NpgsqlConnection(SillageApp.PostgresServer);
            connection.Open();
            using var list = new NpgsqlCommand($"SELECT datname FROM pg_database WHERE datname LIKE '{Prefix}%'", connection);
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }
        else
        {
            names.AddRange(Directory.EnumerateFiles(Path.GetTempPath(), Prefix + "*.db").Select(Path.GetFileNameWithoutExtension).OfType<string>());
        }

        foreach (var name in names.Where(Stale))
        {
            Drop(name);
        }
    }

    private static void Drop(string name)
    {
        try
        {
            SillageApp.DropDatabase(name);
        }
        catch (Exception e) when (e is IOException or NpgsqlException or UnauthorizedAccessException)
        {
            // A leftover in the temporary directory or on a throwaway server is not worth failing the run for.
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The app that seeds the template: the usual settings, and nothing running after the start-up that would
    /// change the data before it is copied.</summary>
    private sealed class TemplateApp(string name) : SillageApp(name, ownsDatabase: false)
    {
        private static readonly HashSet<string> StoppedServices = ["JobWorker", "OutboxDispatcher", "RequestReleaser", "RetentionScheduler"];

        protected override bool FromTemplate => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Jobs:Workers", "0");
            builder.ConfigureTestServices(services =>
            {
                foreach (var stopped in services.Where(s => s.ServiceType == typeof(IHostedService) && StoppedServices.Contains(s.ImplementationType?.Name ?? "")).ToList())
                {
                    services.Remove(stopped);
                }
            });
        }
    }
}
