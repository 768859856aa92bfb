using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Infrastructure.Database;

/// <summary>Runs before the server listens: applies migrations, creates the roles, installs the features' shipped
/// data (<see cref="IShippedData"/>), fills the demo when asked, and issues the setup token while there is no administrator.</summary>
internal sealed class DatabaseInitializer(
    IServiceProvider services,
    IConfiguration configuration,
    SetupToken setupToken,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        // On a fresh database EF reads the history table before creating it and logs the failure as an error
        // (dotnet/efcore#37328): create it first so a new install's console shows no false alarm.
        var creator = db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }

        await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }

        foreach (var shipped in scope.ServiceProvider.GetServices<IShippedData>().OrderBy(s => s.Order))
        {
            await shipped.InstallAsync(cancellationToken);
        }

        if (configuration.GetValue<bool>("Demo:Enabled"))
        {
            var demo = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
            await demo.SeedAsync(cancellationToken);
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count == 0)
        {
            var token = setupToken.Issue();
            logger.LogWarning(
                "Aucun administrateur : ouvrez /installation et saisissez le jeton d'installation {SetupToken} pour créer le premier compte.",
                token);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
