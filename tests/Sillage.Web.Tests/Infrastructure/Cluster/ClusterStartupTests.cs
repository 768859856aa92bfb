using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Tests.Infrastructure.Cluster;

/// <summary>Instances started together on an empty PostgreSQL database wait for each other (one advisory lock around
/// migrations, roles, shipped data, the demo and the first Data Protection key) and all come up on one key ring.</summary>
public sealed class ClusterStartupTests : IDisposable
{
    private readonly ClusterDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [PostgresFact]
    public async Task Instances_started_together_on_an_empty_database_all_come_up_on_one_key_ring()
    {
        using var a = new ClusterApp(_database, demo: true);
        using var b = new ClusterApp(_database, demo: true);
        using var c = new ClusterApp(_database, demo: true);

        // Services starts the host (and its initializer): the three race from the first statement.
        await Task.WhenAll(new[] { a, b, c }.Select(app => Task.Run(() => app.Services)));

        Assert.Equal(Roles.All.Count, await a.WithDbAsync(db => db.Roles.CountAsync()));
        Assert.Equal(2, await a.WithDbAsync(db => db.Establishments.CountAsync()));
        Assert.Equal(1, await a.WithDbAsync(db => db.Users.CountAsync(u => u.Email == Accounts.Learner)));
        Assert.Equal(1, await a.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));

        // Signed in through A, the learner's cookie opens their dossier through B and C.
        var jar = new System.Net.CookieContainer();
        var onA = a.CreateDefaultClient(a.ClientOptions.BaseAddress, new CookieContainerHandler(jar));
        var login = await onA.GetPageAsync("/connexion");
        var signedIn = await onA.SubmitAsync(login, "form", new() { ["Input.Email"] = Accounts.Learner, ["Input.Password"] = DemoSeeder.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        foreach (var other in new[] { b, c })
        {
            var client = other.CreateDefaultClient(other.ClientOptions.BaseAddress, new CookieContainerHandler(jar));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dossier")).StatusCode);
        }

        Assert.Equal(1, await a.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }
}
