using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Sillage.Web.Data;

namespace Sillage.Web.Tests;

/// <summary>
/// The app over real HTTP with its own database: a fresh SQLite file, or — when SILLAGE_TEST_POSTGRES holds a
/// server connection string — a fresh PostgreSQL database, dropped at the end. Demo mode fills it with two
/// establishments, so every role has an account in each (see <see cref="Accounts"/> and <see cref="Accounts.Other"/>).
/// The clock is pinned.
/// </summary>
public class SillageApp : WebApplicationFactory<Program>
{
    public static readonly string? PostgresServer = Environment.GetEnvironmentVariable("SILLAGE_TEST_POSTGRES");

    private readonly string _databaseName;
    private readonly string _sqlitePath;
    private readonly string _filesPath;
    private readonly bool _ownsDatabase;

    public SillageApp()
        : this(NewDatabaseName(), ownsDatabase: true)
    {
    }

    /// <summary>An instance on a database that another app shares (a cluster): the one that owns it drops it.</summary>
    protected SillageApp(string databaseName, bool ownsDatabase)
    {
        _databaseName = databaseName;
        _ownsDatabase = ownsDatabase;
        _sqlitePath = TemplateDatabase.SqlitePath(_databaseName);
        _filesPath = TemplateDatabase.FilesPath(_databaseName);
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    public static string NewDatabaseName() => "sillage_test_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The app's clock: a school day of the demo year.</summary>
    public FakeTimeProvider Clock { get; } = new(TemplateDatabase.SeededAt);

    public bool IsPostgres => PostgresServer is not null;

    protected virtual bool Demo => true;

    /// <summary>Whether the database may be a copy of the run's seeded template (<see cref="TemplateDatabase"/>) when the
    /// settings fit it; false for the apps that test the start-up's own migrating and seeding.</summary>
    protected virtual bool FromTemplate => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Demo:Enabled", Demo ? "true" : "false");
        // Every test database holds two establishments, so that any query forgetting the establishment shows up.
        builder.UseSetting(Sillage.Web.Data.Demo.DemoSeeder.SecondEstablishmentSetting, "true");
        builder.UseSetting("Security:SecureCookies", "true");
        builder.UseSetting("Security:LoginAttemptsPerMinute", "10000");
        builder.UseSetting("App:PublicUrl", ClientOptions.BaseAddress.ToString());
        builder.UseSetting("Security:VerificationsPerMinute", "10000");
        builder.UseSetting("Security:JobStartsPerMinute", "10000");
        // The daily retention job stays out of the way; RetentionTests runs it on purpose.
        builder.UseSetting("Retention:FirstRunDelayMinutes", "10000");
        // Each app's own file store: a copy of the template's database refers to the files copied there with it.
        builder.UseSetting("Storage:LocalPath", _filesPath);
        var connectionString = PostgresServer is not null
            ? new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _databaseName }.ToString()
            : $"Data Source={_sqlitePath}";
        builder.UseSetting("Database:Provider", PostgresServer is not null ? "Postgres" : "Sqlite");
        builder.UseSetting("ConnectionStrings:Sillage", connectionString);

        builder.ConfigureServices((context, services) =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            // The final settings (a subclass's and a WithWebHostBuilder derivative's included) decide whether the template fits.
            if (FromTemplate && Clock.GetUtcNow() == TemplateDatabase.SeededAt
                && TemplateDatabase.Fits(context.Configuration, _filesPath, connectionString))
            {
                TemplateDatabase.CopyTo(_databaseName, _filesPath);
            }
            else if (PostgresServer is not null)
            {
                CreatePostgresDatabase(_databaseName);
            }
        });
    }

    /// <summary>A scope on the app's services, to arrange data or check what a request changed.</summary>
    public async Task<T> WithDbAsync<T>(Func<SillageDb, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<SillageDb>());
    }

    public Task WithDbAsync(Func<SillageDb, Task> action) => WithDbAsync(async db =>
    {
        await action(db);
        return true;
    });

    /// <summary>Waits until the audit entries of the reads done so far are written (they are written in groups,
    /// see <see cref="Sillage.Web.Infrastructure.Audit.ReadAuditWriter"/>).</summary>
    public Task ReadAuditWrittenAsync() => Services.GetRequiredService<Sillage.Web.Infrastructure.Audit.ReadAuditWriter>().FlushAsync();

    /// <summary>The establishment of a demo account: <see cref="Accounts.Coordinator"/>'s is the first,
    /// <see cref="Accounts.Other.Coordinator"/>'s the second.</summary>
    public Task<Guid> EstablishmentOfAsync(string email) =>
        WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EstablishmentId!.Value).SingleAsync());

    /// <summary>
    /// Waits (two minutes at most) until no background job is queued or running. The demo queues jobs (a PFMP
    /// attestation printed by Chromium) that write while tests run; a test comparing the whole database before and
    /// after a request waits for them first, or their rows would be taken for the request's.
    /// </summary>
    public async Task WaitForJobsAsync()
    {
        for (var waited = 0; waited < 120_000; waited += 200)
        {
            var busy = await WithDbAsync(db => db.BackgroundJobs.AnyAsync(j => j.Status == BackgroundJobStatus.Queued || j.Status == BackgroundJobStatus.Running));
            if (!busy)
            {
                return;
            }

            await Task.Delay(200);
        }
    }

    /// <summary>A client signed in with the demo account of this e-mail address.</summary>
    public async Task<HttpClient> SignInAsync(string email)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        var page = await client.GetPageAsync("/connexion");
        var response = await client.SubmitAsync(page, "form", new() { ["Input.Email"] = email, ["Input.Password"] = Sillage.Web.Data.Demo.DemoSeeder.Password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    public HttpClient Anonymous() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !_ownsDatabase)
        {
            return;
        }

        DropDatabase(_databaseName);
    }

    /// <summary>Creates the PostgreSQL database when it is not there (a factory derived with WithWebHostBuilder configures
    /// the host again: the database is then there).</summary>
    public static void CreatePostgresDatabase(string databaseName)
    {
        using var connection = new NpgsqlConnection(PostgresServer);
        connection.Open();
        using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{databaseName}'", connection);
        if (exists.ExecuteScalar() is null)
        {
            using var create = new NpgsqlCommand($"CREATE DATABASE {databaseName}", connection);
            create.ExecuteNonQuery();
        }
    }

    /// <summary>Drops the database and deletes the app's file directory (<see cref="TemplateDatabase.FilesPath"/>).</summary>
    public static void DropDatabase(string databaseName)
    {
        var files = TemplateDatabase.FilesPath(databaseName);
        if (Directory.Exists(files))
        {
            Directory.Delete(files, recursive: true);
        }

        if (PostgresServer is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(PostgresServer);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var path = Path.Combine(Path.GetTempPath(), databaseName + ".db");
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}

/// <summary>The app with an empty database (no demo): the first-run setup.</summary>
public sealed class EmptySillageApp : SillageApp
{
    protected override bool Demo => false;

    /// <summary>The token is stored hashed and printed once: a test gets one the way a restart does, by issuing a new one
    /// once the start-up's is past its reuse window.</summary>
    public async Task<string> ReissueSetupTokenAsync()
    {
        Clock.Advance(Sillage.Web.Infrastructure.Auth.SetupToken.ReuseWindow + TimeSpan.FromMinutes(1));
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Sillage.Web.Infrastructure.Auth.SetupToken>().IssueAsync()
               ?? throw new InvalidOperationException("No setup token issued.");
    }
}
