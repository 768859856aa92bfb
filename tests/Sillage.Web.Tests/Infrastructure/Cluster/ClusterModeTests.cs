using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Tests.Infrastructure.Cluster;

/// <summary>Cluster mode refuses state only one machine sees; rate limit budgets are shared out between instances.</summary>
public sealed class ClusterModeTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public void Cluster_mode_refuses_to_start_on_sqlite()
    {
        using var factory = app.WithWebHostBuilder(b => b.UseSetting("Cluster:Enabled", "true").UseSetting("Database:Provider", "Sqlite"));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Cluster__Enabled is true but the database is SQLite", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_mode_refuses_to_start_with_files_on_the_local_disk()
    {
        using var factory = app.WithWebHostBuilder(b => b.UseSetting("Cluster:Enabled", "true").UseSetting("Database:Provider", "Postgres")
            .UseSetting("ConnectionStrings:Sillage", "Host=127.0.0.1;Database=unused").UseSetting("Storage:Provider", "Local"));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Storage__Provider=Local", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 1, 10)]
    [InlineData(10, 3, 3)]
    [InlineData(2, 5, 1)]
    public void Each_instance_counts_its_share_of_a_budget(int budget, int instances, int share)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Cluster:Instances"] = instances.ToString(System.Globalization.CultureInfo.InvariantCulture) }).Build();
        Assert.Equal(share, ClusterMode.PerInstanceBudget(configuration, budget));
    }

    [Fact]
    public async Task The_sign_in_limit_of_an_instance_is_its_share_of_the_configured_budget()
    {
        using var factory = app.WithWebHostBuilder(b => b.UseSetting("Security:LoginAttemptsPerMinute", "6").UseSetting("Cluster:Instances", "3"));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = app.ClientOptions.BaseAddress });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var page = await client.GetPageAsync("/connexion");
            statuses.Add((await client.SubmitAsync(page, "form", new() { ["Input.Email"] = "personne@example.org", ["Input.Password"] = "mauvais mot de passe" })).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }
}
