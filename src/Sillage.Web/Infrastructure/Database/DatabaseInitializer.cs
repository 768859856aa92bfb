using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Infrastructure.Database;

/// <summary>Runs before the server listens: applies migrations, creates the roles, installs the features' shipped
/// data (<see cref="IShippedData"/>), fills the demo when asked, creates the first Data Protection key, and issues the
/// setup token while there is no administrator. On PostgreSQL all of it runs under one advisory lock, so that
/// instances started together on an empty database wait for each other instead of racing (duplicate roles, two demo
/// seeds, two key rings).</summary>
internal sealed class DatabaseInitializer(
    IServiceProvider services,
    IConfiguration configuration,
    IKeyManager keys,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    /// <summary>The advisory lock's key (any constant shared by every instance; "Sillage" in ASCII).</summary>
    public const long StartupLockKey = 0x53696C6C616765;

    /// <summary>How long a new install's first Data Protection key lives (the library's default).</summary>
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(90);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        await CreateDatabaseAsync(db, cancellationToken);

        if (db.Database.IsNpgsql())
        {
            // Session-level: held by this connection, which stays open until the end of the scope (a dead instance's
            // session ends, and the lock with it).
            await db.Database.OpenConnectionAsync(cancellationToken);
            await AcquireStartupLockAsync(db, cancellationToken);
        }

        try
        {
            await InitializeAsync(scope.ServiceProvider, db, cancellationToken);
        }
        finally
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartupLockKey})", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>Polls rather than blocks in <c>pg_advisory_lock</c>: a blocked command would hit the command timeout
    /// while another instance spends longer than that migrating and seeding.</summary>
    private async Task AcquireStartupLockAsync(SillageDb db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        for (var attempt = 0; ; attempt++)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT pg_try_advisory_lock({StartupLockKey})";
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return;
            }

            if (attempt == 0)
            {
                logger.LogInformation("Waiting for the start-up lock: another instance is migrating or installing data");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private static async Task CreateDatabaseAsync(SillageDb db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another instance created it a moment ago.
            }
        }
    }

    private async Task InitializeAsync(IServiceProvider scoped, SillageDb db, CancellationToken cancellationToken)
    {
        // On a fresh database EF reads the history table before creating it and logs the failure as an error
        // (dotnet/efcore#37328): create it first so a new install's console shows no false alarm.
        await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        // Migrate also compares the model with the last migration's snapshot (a second model built and diffed, about a
        // second of start-up): done only when there is something to apply. CI checks the snapshot is current.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // One query on an installed database; the role manager only for the roles missing.
        var existing = await db.Roles.Select(r => r.NormalizedName).ToListAsync(cancellationToken);
        var missing = Roles.All.Where(r => !existing.Contains(r.ToUpperInvariant())).ToList();
        if (missing.Count > 0)
        {
            var roles = scoped.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            foreach (var role in missing)
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }

        foreach (var shipped in scoped.GetServices<IShippedData>().OrderBy(s => s.Order))
        {
            await shipped.InstallAsync(cancellationToken);
        }

        if (configuration.GetValue<bool>("Demo:Enabled"))
        {
            var demo = scoped.GetRequiredService<DemoSeeder>();
            await demo.SeedAsync(cancellationToken);
        }

        // Left to itself, each instance creates a key on first use when the ring is empty: instances started together
        // would each make one and reject each other's cookies until they reload the ring. The first key is made here.
        if (keys.GetAllKeys().Count == 0)
        {
            var now = clock.GetUtcNow();
            keys.CreateNewKey(now, now + KeyLifetime);
        }

        var users = scoped.GetRequiredService<UserManager<User>>();
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count == 0)
        {
            var token = await scoped.GetRequiredService<SetupToken>().IssueAsync(cancellationToken);
            if (token is not null)
            {
                logger.LogWarning(
                    "Aucun administrateur : ouvrez /installation et saisissez le jeton d'installation {SetupToken} pour créer le premier compte.",
                    token);
            }
            else
            {
                logger.LogWarning("No administrator yet: another instance has just printed the setup token (see its log); open /installation.");
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
