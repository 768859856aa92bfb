using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Sillage.Web.Data;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>
/// Sessions opened by an expiring link instead of a password (a PFMP tutor, an external jury member): a cookie
/// scheme of their own, sent only under their space's path, that only that space's policy accepts. Every request
/// checks the link again, so an expired or revoked link closes the session at once; the person is then sent to
/// the link's access page, which says why in French.
/// </summary>
public static class LinkSessions
{
    public const string TutorClaim = "tutor_link";
    public const string JuryClaim = "jury_link";

    /// <summary>What a link's access page found.</summary>
    public enum AccessState
    {
        Missing,
        Unknown,
        Expired,
        Revoked,
        Valid,
        SessionEnded,
        Left,
    }

    /// <summary>The access page's status: 410 for a link that existed but no longer opens anything, 404 for one
    /// that never did.</summary>
    public static int StatusCode(AccessState state) => state switch
    {
        AccessState.Valid or AccessState.SessionEnded or AccessState.Left => StatusCodes.Status200OK,
        AccessState.Expired or AccessState.Revoked => StatusCodes.Status410Gone,
        _ => StatusCodes.Status404NotFound,
    };

    /// <summary>Whether a token from a link is worth looking up.</summary>
    public static bool IsWellFormed([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? token) => !string.IsNullOrWhiteSpace(token) && token.Length <= 100;

    /// <summary>The space's cookie and the page a person whose link session ended is sent to.</summary>
    public sealed record Space(string Scheme, string Claim, string CookieName, string Path, string ExpiredPath);

    /// <summary>True for a session opened by a link: it has no account page, and only its own space.</summary>
    public static bool IsLinkSession(this ClaimsPrincipal principal) => principal.HasClaim(c => c.Type is TutorClaim or JuryClaim);

    /// <summary>The link that opened the session, when <paramref name="claim"/> says it was one.</summary>
    public static Guid? LinkId(this ClaimsPrincipal principal, string claim) =>
        Guid.TryParse(principal.FindFirstValue(claim), out var id) ? id : null;

    /// <param name="isValid">Whether the link (by id) still opens the space, asked on every request.</param>
    public static IServiceCollection AddLinkSession(this IServiceCollection services, Space space, Func<IServiceProvider, Guid, Task<bool>> isValid)
    {
        services.AddAuthentication().AddCookie(space.Scheme);
        services.AddOptions<CookieAuthenticationOptions>(space.Scheme)
            .Configure<IConfiguration, IHostEnvironment>((o, configuration, environment) =>
            {
                o.Cookie.Name = space.CookieName;
                o.Cookie.Path = space.Path;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = IdentitySetup.SecureCookies(configuration, environment) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = async context =>
                {
                    if (context.Principal?.LinkId(space.Claim) is not { } linkId || !await isValid(context.HttpContext.RequestServices, linkId))
                    {
                        // The cookie stays: every later request is refused the same way, and told why (see below).
                        context.RejectPrincipal();
                    }
                };

                // The account's scheme already sends strangers to the sign-in page; a person whose link session
                // ended is told why instead.
                o.Events.OnRedirectToLogin = context =>
                {
                    if (context.Request.Cookies.ContainsKey(space.CookieName))
                    {
                        context.Response.Redirect(space.ExpiredPath);
                    }

                    return Task.CompletedTask;
                };
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
        return services;
    }

    /// <summary>Who the link's session is: the person, in one role, with the link's id.</summary>
    public static ClaimsPrincipal Principal(Space space, Guid linkId, User person, string role)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, person.Id.ToString()),
            new Claim(ClaimTypes.Name, person.Email ?? person.FullName),
            new Claim(SillageClaimsFactory.NameClaim, person.FullName),
            new Claim(ClaimTypes.Role, role),
            new Claim(space.Claim, linkId.ToString()),
        ], space.Scheme, ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }
}
