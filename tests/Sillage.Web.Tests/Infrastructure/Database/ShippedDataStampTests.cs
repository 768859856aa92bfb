using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Web.Infrastructure.Database;
using Sillage.Web.Pages.Privacy;
using Sillage.Web.Tests.Infrastructure.Cluster;

namespace Sillage.Web.Tests.Infrastructure.Database;

/// <summary>Shipped data is installed when what a feature ships changed, not at every start: the start-up compares each
/// installer's fingerprint with its stamp (SQLite, and PostgreSQL with SILLAGE_TEST_POSTGRES).</summary>
public sealed class ShippedDataStampTests : IDisposable
{
    private const string Removed = "courriels";

    private readonly ClusterDatabase _database = new();

    public void Dispose() => _database.Dispose();

    /// <summary>How many times the test's own installer ran.</summary>
    private sealed class Runs
    {
        public int Count;
    }

    /// <summary>The last installer (after the situations), shipping only its fingerprint.</summary>
    private sealed class CountingData(Runs runs, string fingerprint) : IShippedData
    {
        public int Order => 90;

        public string Fingerprint() => fingerprint;

        public Task InstallAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref runs.Count);
            return Task.CompletedTask;
        }
    }

    /// <summary>Starts an instance on the test's database (its initializer runs), for one look at the database.</summary>
    private async Task<T> StartAsync<T>(Runs runs, string fingerprint, Func<SillageApp, Task<T>> look, bool reinstall = false)
    {
        using var app = new ClusterApp(_database, demo: false,
            reinstall ? new() { [DatabaseInitializer.ReinstallSetting] = "true" } : null,
            services => services.AddScoped<IShippedData>(_ => new CountingData(runs, fingerprint)));
        _ = app.Services;
        return await look(app);
    }

    private static Task<bool> RemovedIsThere(SillageApp app) =>
        app.WithDbAsync(db => db.ProcessingActivities.AnyAsync(p => p.Code == Removed));

    private static Task<int> RemoveAsync(SillageApp app) =>
        app.WithDbAsync(db => db.ProcessingActivities.Where(p => p.Code == Removed).ExecuteDeleteAsync());

    [Fact]
    public async Task A_new_database_gets_everything_and_a_second_start_runs_no_installer()
    {
        var runs = new Runs();
        await StartAsync(runs, "a", async app =>
        {
            var stamps = await app.WithDbAsync(db => db.Set<ShippedDataStamp>().Select(s => s.Name).ToListAsync());
            Assert.Equal(
                ["CountingData", "RegisterDefaults", "ShippedFrameworks", "ShippedOrganisations", "ShippedResources", "ShippedSituationDocuments", "ShippedSituations"],
                stamps.Order(StringComparer.Ordinal));
            Assert.Equal(RegisterDefaults.Entries.Count, await app.WithDbAsync(db => db.ProcessingActivities.CountAsync()));
            Assert.True(await app.WithDbAsync(db => db.Frameworks.AnyAsync()));
            Assert.True(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Code != null)));
            Assert.True(await app.WithDbAsync(db => db.Resources.AnyAsync(r => r.Code != null)));
            Assert.True(await app.WithDbAsync(db => db.Situations.AnyAsync(s => s.EstablishmentId == null && s.Code != null)));
            Assert.True(await app.WithDbAsync(db => db.SituationDocuments.AnyAsync()));
            return await RemoveAsync(app);
        });
        Assert.Equal(1, runs.Count);

        // Nothing changed: no installer runs (the test's, the last, would run after any other), so the privacy register
        // entry removed stays removed.
        Assert.False(await StartAsync(runs, "a", RemovedIsThere));
        Assert.Equal(1, runs.Count);
    }

    [Fact]
    public async Task A_changed_fingerprint_installs_that_data_and_what_comes_after_it_again()
    {
        var runs = new Runs();
        await StartAsync(runs, "a", RemoveAsync);

        // The test's installer ships something new: it runs, the others (before it) do not.
        await StartAsync(runs, "b", async app =>
        {
            Assert.False(await RemovedIsThere(app));
            Assert.Equal("b", await app.WithDbAsync(db => db.Set<ShippedDataStamp>().Where(s => s.Name == "CountingData").Select(s => s.Fingerprint).SingleAsync()));
            // A register stamped by an older version of the app: it is installed again, and so is what comes after.
            await app.WithDbAsync(db => db.Set<ShippedDataStamp>().Where(s => s.Name == nameof(RegisterDefaults))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Fingerprint, "older")));
            return true;
        });
        Assert.Equal(2, runs.Count);

        await StartAsync(runs, "b", async app =>
        {
            Assert.True(await RemovedIsThere(app));
            Assert.Equal(RegisterDefaults.Entries.Count, await app.WithDbAsync(db => db.ProcessingActivities.CountAsync()));
            Assert.NotEqual("older", await app.WithDbAsync(db => db.Set<ShippedDataStamp>().Where(s => s.Name == nameof(RegisterDefaults)).Select(s => s.Fingerprint).SingleAsync()));
            return true;
        });
        Assert.Equal(3, runs.Count);
    }

    [Fact]
    public async Task The_reinstall_setting_runs_every_installer()
    {
        var runs = new Runs();
        await StartAsync(runs, "a", RemoveAsync);

        Assert.True(await StartAsync(runs, "a", RemovedIsThere, reinstall: true));
        Assert.Equal(2, runs.Count);
        Assert.Equal(RegisterDefaults.Entries.Count, await StartAsync(runs, "a", app => app.WithDbAsync(db => db.ProcessingActivities.CountAsync())));
        Assert.Equal(2, runs.Count);
    }
}
