using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sillage.Web.Data;

namespace Sillage.Web.Api;

/// <summary>
/// The API's only authentication scheme: <c>Authorization: Bearer sil_…</c>. The sign-in cookie is never read here, so a
/// page in another tab cannot make the browser call the API on its person's behalf (no CSRF). Checked on every request:
/// the token is neither expired nor revoked and its person is neither deactivated nor erased — a deactivation stops its
/// tokens at once. The principal carries the same claims (roles) as a sign-in, so the pages' access rules apply as they
/// are, plus the token's scope.
/// </summary>
public sealed class AccessTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    SillageDb db, IUserClaimsPrincipalFactory<User> claims, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "SillageToken";

    /// <summary>Last use is written at most this often per token, not on every request.</summary>
    private static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (AccessTokens.FromRequest(Request) is not { } token)
        {
            return AuthenticateResult.NoResult();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var hash = AccessTokens.Hash(token);
        var found = await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.Hash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .Join(db.Users.Where(u => u.DeactivatedAt == null && u.ErasedAt == null), t => t.UserId, u => u.Id, (t, u) => new { Token = t, User = u })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (found is null)
        {
            return AuthenticateResult.Fail("Unknown, expired or revoked token, or deactivated person.");
        }

        var stale = now - LastUseResolution;
        await db.PersonalAccessTokens.Where(t => t.Id == found.Token.Id && (t.LastUsedAt == null || t.LastUsedAt < stale))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);

        var principal = await claims.CreateAsync(found.User);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(AccessTokens.ScopeClaim, found.Token.CanWrite ? AccessTokens.WriteScope : AccessTokens.ReadScope));
        identity.AddClaim(new Claim(AccessTokens.TokenIdClaim, found.Token.Id.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>401 with the header RFC 6750 asks for; the body (ProblemDetails) is written by <see cref="ApiProblems"/>.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = result.Failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
