using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Sillage.Web.Tests.Infrastructure.Cluster;

/// <summary>One instance of a cluster: the app on a database it shares with the other instances of the test
/// (<see cref="ClusterDatabase"/>, which drops it), with its own settings and services.</summary>
public sealed class ClusterApp(ClusterDatabase database, bool demo, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : SillageApp(database.Name, ownsDatabase: false)
{
    protected override bool Demo => demo;

    /// <summary>The instances migrate and seed their shared database themselves: that start-up is what these tests check.</summary>
    protected override bool FromTemplate => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings ?? [])
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}

/// <summary>The database the instances of a test share, created empty and dropped at the end.</summary>
public sealed class ClusterDatabase : IDisposable
{
    public ClusterDatabase()
    {
        if (SillageApp.PostgresServer is not null)
        {
            SillageApp.CreatePostgresDatabase(Name);
        }
    }

    public string Name { get; } = SillageApp.NewDatabaseName();

    public void Dispose() => SillageApp.DropDatabase(Name);
}

/// <summary>A test that only means something on PostgreSQL (advisory locks, concurrent instances): skipped without
/// SILLAGE_TEST_POSTGRES.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (SillageApp.PostgresServer is null)
        {
            Skip = "Needs PostgreSQL: set SILLAGE_TEST_POSTGRES (scripts/postgres start DIR).";
        }
    }
}
