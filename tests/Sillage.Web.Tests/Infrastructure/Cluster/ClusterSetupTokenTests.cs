using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Tests.Infrastructure.Cluster;

/// <summary>The first-run setup token lives in the database: issued once for instances started together, accepted by
/// any of them, spent once.</summary>
public sealed class ClusterSetupTokenTests : IDisposable
{
    private readonly ClusterDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static Dictionary<string, string?> Fields(string token, string email) => new()
    {
        ["Input.Token"] = token,
        ["Input.FirstName"] = "Ada",
        ["Input.LastName"] = "Admin",
        ["Input.Email"] = email,
        ["Input.Password"] = "une phrase de passe solide",
    };

    [Fact]
    public async Task The_setup_token_is_issued_once_accepted_by_another_instance_and_spent_once()
    {
        using var a = new ClusterApp(_database, demo: false);
        using var b = new ClusterApp(_database, demo: false);
        _ = a.Services;
        var issued = await a.WithDbAsync(db => db.SetupTokens.AsNoTracking().SingleAsync());
        _ = b.Services;
        var stored = await b.WithDbAsync(db => db.SetupTokens.AsNoTracking().ToListAsync());
        Assert.Equal(issued.Id, Assert.Single(stored).Id);

        // The token A prints (issued again as a restart of A would, the one printed at start-up being gone with the log).
        a.Clock.Advance(SetupToken.ReuseWindow + TimeSpan.FromMinutes(1));
        string token;
        await using (var scope = a.Services.CreateAsyncScope())
        {
            token = await scope.ServiceProvider.GetRequiredService<SetupToken>().IssueAsync() ?? throw new InvalidOperationException("No token.");
        }

        var onA = a.Anonymous();
        var onB = b.Anonymous();
        var pageOnA = await onA.GetPageAsync("/installation");
        var pageOnB = await onB.GetPageAsync("/installation");
        Assert.Equal(HttpStatusCode.OK, pageOnB.Status);

        Assert.Equal(HttpStatusCode.Redirect, (await onB.SubmitAsync(pageOnB, "form", Fields(token, "ada@example.org"))).StatusCode);

        // Spent: A, which issued it, no longer accepts it.
        Assert.Equal(HttpStatusCode.NotFound, (await onA.SubmitAsync(pageOnA, "form", Fields(token, "eve@example.org"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Anonymous().GetAsync("/installation")).StatusCode);
        Assert.False(await a.WithDbAsync(db => db.SetupTokens.AnyAsync()));
        Assert.Equal(["ada@example.org"], await a.WithDbAsync(db => db.Users.Select(u => u.Email!).ToListAsync()));
    }
}
