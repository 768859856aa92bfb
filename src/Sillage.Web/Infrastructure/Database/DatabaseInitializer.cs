using System.Diagnostics;
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
/// data that changed (<see cref="IShippedData"/>), fills the demo when asked, creates the first Data Protection key,
/// and issues the setup token while there is no administrator; then logs how long each step took. On PostgreSQL all of
/// it runs under one advisory lock, so that instances started together on an empty database wait for each other
/// instead of racing (duplicate roles, two demo seeds, two key rings).</summary>
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

    /// <summary>Set to true for one start to run every shipped data installer whatever its stamp (docs/operations.md).</summary>
    public const string ReinstallSetting = "ShippedData:Reinstall";

    private readonly Lock _gate = new();
    private Task? _run;

    /// <summary>Starts the work now, in the background, while the host builds its endpoints (about half a second of
    /// reflection over the pages on one core while the database is prepared on the other); <see cref="StartAsync"/>
    /// then waits for it, so the server still listens only once the database is ready.</summary>
    public void Begin() => Run(CancellationToken.None);

    public Task StartAsync(CancellationToken cancellationToken) => Run(cancellationToken).WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private Task Run(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _run ??= Task.Run(() => PrepareAsync(cancellationToken), CancellationToken.None);
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
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

        // The first connection and command (EF's model itself is compiled ahead: Data/CompiledModels).
        var connection = Ms(Stopwatch.GetElapsedTime(started));
        var steps = new Steps(Stopwatch.GetTimestamp());
        try
        {
            await InitializeAsync(scope.ServiceProvider, db, steps, cancellationToken);
        }
        finally
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartupLockKey})", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }

        // One line an operator can read the start-up's database part from.
        logger.LogInformation(
            "Database ready in {ElapsedMs} ms (connection and lock {ConnectionMs} ms, migrations {MigrationsMs} ms, roles {RolesMs} ms, shipped data {ShippedDataMs} ms ({Installed} of {Shipped} installed), demo {DemoMs} ms, keys {KeysMs} ms, administrator check {AdministratorMs} ms)",
            Ms(Stopwatch.GetElapsedTime(started)), connection, steps.Migrations, steps.Roles, steps.ShippedData, steps.Installed, steps.Shipped, steps.Demo, steps.Keys, steps.Administrator);
    }

    private static long Ms(TimeSpan elapsed) => (long)elapsed.TotalMilliseconds;

    /// <summary>How long each step took, in milliseconds.</summary>
    private sealed class Steps(long start)
    {
        private long _last = start;

        public long Migrations { get; set; }
        public long Roles { get; set; }
        public long ShippedData { get; set; }
        public int Installed { get; set; }
        public int Shipped { get; set; }
        public long Demo { get; set; }
        public long Keys { get; set; }
        public long Administrator { get; set; }

        /// <summary>Milliseconds since the previous lap.</summary>
        public long Lap()
        {
            var now = Stopwatch.GetTimestamp();
            var elapsed = Ms(Stopwatch.GetElapsedTime(_last, now));
            _last = now;
            return elapsed;
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

    /// <summary>Whether the history table holds exactly the migrations this version ships (their number and the last
    /// id). Anything else — no table yet, a migration missing, rows from a newer version — goes through EF.</summary>
    internal static async Task<bool> HoldsShippedMigrationsAsync(SillageDb db, CancellationToken cancellationToken)
    {
        var shipped = db.Database.IsNpgsql() ? ShippedMigrations.Postgres : ShippedMigrations.Sqlite;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = """SELECT COUNT(*), MAX("MigrationId") FROM "__EFMigrationsHistory" """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                && Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) == shipped.Count
                && !reader.IsDBNull(1) && reader.GetString(1) == shipped.Last;
        }
        catch (System.Data.Common.DbException)
        {
            return false; // no history table: a new database
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task InitializeAsync(IServiceProvider scoped, SillageDb db, Steps steps, CancellationToken cancellationToken)
    {
        // An up-to-date database is recognised with one query (ShippedMigrations); EF's own check finds the migrations
        // by reflecting over every type of the app and builds a model of the history table (~0.2 s of each start).
        if (!await HoldsShippedMigrationsAsync(db, cancellationToken))
        {
            // On a fresh database EF reads the history table before creating it and logs the failure as an error
            // (dotnet/efcore#37328): create it first so a new install's console shows no false alarm.
            await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            // Migrate also compares the model with the last migration's snapshot (a second model built and diffed,
            // about a second of start-up): done only when there is something to apply. CI checks the snapshot is current.
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        steps.Migrations = steps.Lap();

        // One query on an installed database; the role manager only for the roles missing.
        var existing = await db.Roles.Select(r => new { r.Id, r.NormalizedName }).ToListAsync(cancellationToken);
        var roleIds = existing.ToDictionary(r => r.NormalizedName!, r => r.Id, StringComparer.Ordinal);
        var missing = Roles.All.Where(r => !roleIds.ContainsKey(r.ToUpperInvariant())).ToList();
        if (missing.Count > 0)
        {
            var roles = scoped.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            foreach (var name in missing)
            {
                var role = new IdentityRole<Guid>(name);
                await roles.CreateAsync(role);
                roleIds[name.ToUpperInvariant()] = role.Id;
            }
        }

        steps.Roles = steps.Lap();

        (steps.Installed, steps.Shipped) = await InstallShippedDataAsync(scoped, db, cancellationToken);
        steps.ShippedData = steps.Lap();

        if (configuration.GetValue<bool>("Demo:Enabled"))
        {
            var demo = scoped.GetRequiredService<DemoSeeder>();
            await demo.SeedAsync(cancellationToken);
        }

        steps.Demo = steps.Lap();

        // Left to itself, each instance creates a key on first use when the ring is empty: instances started together
        // would each make one and reject each other's cookies until they reload the ring. The first key is made here.
        if (keys.GetAllKeys().Count == 0)
        {
            var now = clock.GetUtcNow();
            keys.CreateNewKey(now, now + KeyLifetime);
        }

        steps.Keys = steps.Lap();

        var adminRole = roleIds[Roles.Admin.ToUpperInvariant()];
        if (!await db.UserRoles.AnyAsync(ur => ur.RoleId == adminRole, cancellationToken))
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

        steps.Administrator = steps.Lap();
    }

    /// <summary>Runs the installers whose fingerprint differs from their stamp (see <see cref="IShippedData"/>), and those
    /// after one that ran; stamps each once it has installed. The importers commit their own transactions, so the stamp
    /// is saved just after: a crash in between only runs that installer again at the next start, which adds nothing.</summary>
    private async Task<(int Installed, int Shipped)> InstallShippedDataAsync(IServiceProvider scoped, SillageDb db, CancellationToken cancellationToken)
    {
        var stamps = await db.Set<ShippedDataStamp>().AsNoTracking().ToDictionaryAsync(s => s.Name, s => s.Fingerprint, StringComparer.Ordinal, cancellationToken);
        var reinstall = configuration.GetValue<bool>(ReinstallSetting);
        var installers = scoped.GetServices<IShippedData>().OrderBy(s => s.Order).ToList();
        var installed = 0;
        foreach (var shipped in installers)
        {
            var name = shipped.GetType().Name;
            var fingerprint = shipped.Fingerprint();
            if (!reinstall && installed == 0 && stamps.GetValueOrDefault(name) == fingerprint)
            {
                continue;
            }

            await shipped.InstallAsync(cancellationToken);
            var stamp = await db.Set<ShippedDataStamp>().FindAsync([name], cancellationToken);
            if (stamp is null)
            {
                stamp = db.Set<ShippedDataStamp>().Add(new ShippedDataStamp { Name = name, Fingerprint = fingerprint }).Entity;
            }

            stamp.Fingerprint = fingerprint;
            stamp.InstalledAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            installed++;
        }

        return (installed, installers.Count);
    }
}
