using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Api;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Api;

/// <summary>The app with helpers to call the API: a token for a demo account (stored as the account page stores it) and
/// a client sending it.</summary>
public class ApiApp : SillageApp
{
    /// <summary>A token of this account, valid a month unless told otherwise.</summary>
    public async Task<(string Token, Guid Id)> TokenAsync(string email, bool write = true, TimeSpan? validFor = null)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        return await WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var (row, token) = AccessTokens.Create(user.Id, "test", write, now + (validFor ?? TimeSpan.FromDays(30)), now);
            db.PersonalAccessTokens.Add(row);
            await db.SaveChangesAsync();
            return (token, row.Id);
        });
    }

    /// <summary>A client (no cookie) sending this token.</summary>
    public HttpClient Bearer(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<HttpClient> ClientAsync(string email, bool write = true) => Bearer((await TokenAsync(email, write)).Token);

    public Task<Guid> UserIdAsync(string email) => WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public Task<Guid> CohortIdAsync(string name) => WithDbAsync(db => db.Cohorts.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    public Task<Guid> OwnCohortAsync() => CohortIdAsync(DemoSeeder.CohortName);

    public Task<Guid> ElementIdAsync(string code) => WithDbAsync(db =>
        db.FrameworkElements.Where(e => e.Code == code && db.Frameworks.Any(f => f.Id == e.FrameworkId && f.Code == "mc-sno")).Select(e => e.Id).SingleAsync());
}

/// <summary>The app with a rate limit of three API requests a minute per token.</summary>
public sealed class LimitedApiApp : ApiApp
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:RequestsPerMinute", "3");
    }
}
