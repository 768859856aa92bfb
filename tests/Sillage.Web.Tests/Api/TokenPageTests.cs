using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Api;

namespace Sillage.Web.Tests.Api;

/// <summary>The account page's tokens: created with a name, scope and bounded expiry, shown once, kept as a hash,
/// listed with their last use, revoked — each step in the audit log.</summary>
public sealed class TokenPageTests(ApiApp app) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task A_token_is_shown_once_stored_as_its_hash_used_then_revoked()
    {
        var client = await app.SignInAsync(Accounts.Teacher);
        var page = await client.GetPageAsync("/compte/jetons");
        var created = await (await client.SubmitAsync(page, "#create-token", new()
        {
            ["Input.Name"] = "Tableur de suivi", ["Input.Scope"] = "read", ["Input.ExpiresOn"] = "2026-12-16",
        })).ToPageAsync();
        var token = created.Find("#new-token")?.GetAttribute("value");
        Assert.NotNull(token);
        Assert.StartsWith(AccessTokens.Prefix, token, StringComparison.Ordinal);

        var me = await app.UserIdAsync(Accounts.Teacher);
        var row = await app.WithDbAsync(db => db.PersonalAccessTokens.SingleAsync(t => t.UserId == me && t.Name == "Tableur de suivi"));
        Assert.Equal(AccessTokens.Hash(token), row.Hash);
        Assert.False(row.CanWrite);
        Assert.Null(row.LastUsedAt);
        Assert.DoesNotContain(token, (await client.GetPageAsync("/compte/jetons")).Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await app.Bearer(token).GetAsync("/api/v1/cohorts")).StatusCode);
        Assert.NotNull(await app.WithDbAsync(db => db.PersonalAccessTokens.Where(t => t.Id == row.Id).Select(t => t.LastUsedAt).SingleAsync()));
        Assert.Contains("Tableur de suivi", (await client.GetPageAsync("/compte/jetons")).Text, StringComparison.Ordinal);

        var list = await client.GetPageAsync("/compte/jetons");
        var revoked = await client.SubmitAsync(list, $"form[action*='{row.Id}']");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Bearer(token).GetAsync("/api/v1/cohorts")).StatusCode);
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.ActorId == me && a.Action.StartsWith("api-token.")).Select(a => a.Action).ToListAsync());
        Assert.Contains("api-token.created", actions);
        Assert.Contains("api-token.revoked", actions);
    }

    [Fact]
    public async Task A_token_needs_a_name_and_an_expiry_within_the_maximum()
    {
        var client = await app.SignInAsync(Accounts.Learner);
        var me = await app.UserIdAsync(Accounts.Learner);
        foreach (var (name, expires) in new[] { ("", "2026-12-01"), ("Script", ""), ("Script", "2026-11-16"), ("Script", "2028-01-01") })
        {
            var page = await client.GetPageAsync("/compte/jetons");
            var answer = await (await client.SubmitAsync(page, "#create-token", new()
            {
                ["Input.Name"] = name, ["Input.Scope"] = "write", ["Input.ExpiresOn"] = expires,
            })).ToPageAsync();
            Assert.NotEmpty(answer.Errors());
            Assert.Null(answer.Find("#new-token"));
        }

        Assert.False(await app.WithDbAsync(db => db.PersonalAccessTokens.AnyAsync(t => t.UserId == me)));
    }

    [Fact]
    public async Task Nobody_revokes_another_persons_token()
    {
        var (_, id) = await app.TokenAsync(Accounts.Coordinator);
        var client = await app.SignInAsync(Accounts.Teacher);
        var page = await client.GetPageAsync("/compte/jetons");
        var token = page.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync($"/compte/jetons?handler=Revoke&id={id}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.PersonalAccessTokens.Where(t => t.Id == id).Select(t => t.RevokedAt).SingleAsync()));
    }
}
