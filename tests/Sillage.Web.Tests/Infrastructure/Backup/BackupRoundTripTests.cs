using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sillage.Web.Infrastructure.Backup;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Tests.Infrastructure.Backup;

/// <summary>The demo installation (SQLite, local files) backed up while it runs and restored into an empty one:
/// every table holds the same rows, every file the same bytes. On PostgreSQL (SILLAGE_TEST_POSTGRES) through
/// pg_dump and pg_restore into a new database.</summary>
public sealed class BackupRoundTripTests(BackupRoundTripTests.SourceApp app) : IClassFixture<BackupRoundTripTests.SourceApp>, IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "sillage_backup_" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task A_backup_restored_into_an_empty_installation_has_every_row_and_every_file()
    {
        await app.WaitForJobsAsync();
        var store = app.Services.GetRequiredService<IFileStore>();
        await store.SaveAsync("backup-test/one.bin", new MemoryStream(RandomNumberGenerator.GetBytes(1024 * 1024 + 3)), "application/octet-stream");
        await store.SaveAsync("backup-test/deep/two.txt", new MemoryStream("deux"u8.ToArray()), "text/plain");
        var source = ConnectionStringOf(app);
        var sourceTables = TableDigests(source);
        var sourceFiles = await FileDigestsAsync(store);

        var backup = Path.Combine(_work, "backup");
        var written = await BackupArchive.WriteAsync(ArchiveOf(source), store, backup, TimeProvider.System);

        var targetDb = app.IsPostgres ? NewPostgresDatabase() : $"Data Source={Path.Combine(_work, "restored.db")};Pooling=false";
        var targetStore = new LocalFileStore(Path.Combine(_work, "restored-files"));
        await BackupArchive.RestoreAsync(ArchiveOf(targetDb), targetStore, backup);

        Assert.Equal(sourceFiles.Count, written.Files.Count);
        Assert.Contains(sourceTables, t => t.Key == "BackgroundJobs" && t.Value.Rows > 0);
        Assert.True(sourceTables.Count > 20, $"only {sourceTables.Count} tables read");
        Assert.Equal(sourceTables, TableDigests(targetDb));
        Assert.Equal(sourceFiles, await FileDigestsAsync(targetStore));
    }

    [Fact]
    public async Task A_restore_into_a_non_empty_installation_is_refused_and_changes_nothing()
    {
        if (app.IsPostgres)
        {
            return;
        }

        var store = app.Services.GetRequiredService<IFileStore>();
        var backup = Path.Combine(_work, "backup");
        await BackupArchive.WriteAsync(new DatabaseArchive.SqliteArchive(ConnectionStringOf(app)), store, backup, TimeProvider.System);

        var targetDb = $"Data Source={Path.Combine(_work, "used.db")};Pooling=false";
        using (var used = new SqliteConnection(targetDb))
        {
            used.Open();
            using var create = used.CreateCommand();
            create.CommandText = "CREATE TABLE Kept (Id INTEGER); INSERT INTO Kept VALUES (7);";
            create.ExecuteNonQuery();
        }

        var targetStore = new LocalFileStore(Path.Combine(_work, "used-files"));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BackupArchive.RestoreAsync(new DatabaseArchive.SqliteArchive(targetDb), targetStore, backup));
        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal(["Kept"], TableDigests(targetDb).Keys);
        Assert.Empty(await FileDigestsAsync(targetStore));
    }

    [Fact]
    public void The_command_line_names_the_folder_and_passes_the_settings_on_to_the_app()
    {
        var command = BackupCommand.Parse(["restore", "--Storage:LocalPath=/srv/files", "--from", "saved"]);
        Assert.NotNull(command);
        Assert.Equal("restore", command.Verb);
        Assert.Equal(Path.GetFullPath("saved"), command.Directory);
        Assert.Equal(["--Storage:LocalPath=/srv/files"], command.HostArgs);
        Assert.Null(BackupCommand.Parse(["--demo"]));
        Assert.Throws<ArgumentException>(() => BackupCommand.Parse(["backup"]));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (_postgresTarget is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(SillageApp.PostgresServer);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresTarget} WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }

        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private static string ConnectionStringOf(SourceApp app) =>
        app.Services.GetRequiredService<IConfiguration>().GetConnectionString("Sillage")!;

    private static DatabaseArchive ArchiveOf(string connectionString) => SillageApp.PostgresServer is null
        ? new DatabaseArchive.SqliteArchive(connectionString)
        : new DatabaseArchive.PostgresArchive(connectionString, binFolder: null);

    private string? _postgresTarget;

    private string NewPostgresDatabase()
    {
        _postgresTarget = "sillage_restore_" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new NpgsqlConnection(SillageApp.PostgresServer);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {_postgresTarget}", connection);
        create.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(SillageApp.PostgresServer) { Database = _postgresTarget }.ToString();
    }

    private static DbConnection Open(string connectionString)
    {
        DbConnection connection = SillageApp.PostgresServer is null ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Each table's row count and a hash of its rows, whatever order they come in.</summary>
    private static SortedDictionary<string, (long Rows, string Hash)> TableDigests(string connectionString)
    {
        using var connection = Open(connectionString);
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = connection is SqliteConnection
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var digests = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row.Append(reader.GetValue(i) switch
                {
                    DBNull => "\u2400",
                    byte[] bytes => Convert.ToBase64String(bytes),
                    var value => Convert.ToBase64String(Encoding.UTF8.GetBytes(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "")),
                }).Append('|');
                }

                rows.Add(row.ToString());
            }

            rows.Sort(StringComparer.Ordinal);
            digests[table] = (rows.Count, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows)))));
        }

        return digests;
    }

    private static async Task<SortedDictionary<string, string>> FileDigestsAsync(IFileStore store)
    {
        var digests = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await foreach (var key in store.ListAsync(""))
        {
            await using var content = await store.OpenReadAsync(key);
            digests[key] = Convert.ToHexString(await SHA256.HashDataAsync(content!));
        }

        return digests;
    }

    /// <summary>The demo installation with its own file folder.</summary>
    public sealed class SourceApp : SillageApp
    {
        private readonly string _files = Path.Combine(Path.GetTempPath(), "sillage_backup_files_" + Guid.NewGuid().ToString("N")[..12]);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Storage:LocalPath", _files);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (Directory.Exists(_files))
            {
                Directory.Delete(_files, recursive: true);
            }
        }
    }
}
