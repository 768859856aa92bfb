using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
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

    /// <summary>The query parameter that carries a link's token.</summary>
    public const string TokenParameter = "jeton";

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

    /// <summary>A space a link opens: its cookie (sent only under <paramref name="Path"/>), the role its sessions hold,
    /// and its access page (<see cref="LinkAccessModel{TLink}"/>), where a person whose link session ended is sent.</summary>
    public sealed record Space(string Scheme, string Claim, string CookieName, string Path, string AccessPath, string Role)
    {
        public string ExpiredPath => AccessPath + "?expire=1";

        public string LeftPath => AccessPath + "?sortie=1";
    }

    /// <summary>True for a session opened by a link: it has no account page, and only its own space.</summary>
    public static bool IsLinkSession(this ClaimsPrincipal principal) => principal.HasClaim(c => c.Type is TutorClaim or JuryClaim);

    /// <summary>The link that opened the session, when <paramref name="claim"/> says it was one.</summary>
    public static Guid? LinkId(this ClaimsPrincipal principal, string claim) =>
        Guid.TryParse(principal.FindFirstValue(claim), out var id) ? id : null;

    /// <param name="usable">The links that still open the space at a time, asked on every request for the session's link.</param>
    public static IServiceCollection AddLinkSession<TLink>(this IServiceCollection services, Space space, Func<SillageDb, DateTime, IQueryable<TLink>> usable)
        where TLink : class, IAccessLink
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
                    if (context.Principal?.LinkId(space.Claim) is not { } linkId || !await IsUsableAsync(context.HttpContext.RequestServices, usable, linkId))
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

    private static async Task<bool> IsUsableAsync<TLink>(IServiceProvider services, Func<SillageDb, DateTime, IQueryable<TLink>> usable, Guid linkId)
        where TLink : class, IAccessLink
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return await usable(services.GetRequiredService<SillageDb>(), now).AnyAsync(l => l.Id == linkId);
    }

    /// <summary>Until when the link that opened this session opens its space; null for an account session.</summary>
    public static async Task<DateTime?> LinkExpiresAtAsync<TLink>(this SillageDb db, ClaimsPrincipal user, Space space)
        where TLink : class, IAccessLink =>
        user.LinkId(space.Claim) is { } linkId
            ? await db.Set<TLink>().AsNoTracking().Where(l => l.Id == linkId).Select(l => (DateTime?)l.ExpiresAt).SingleOrDefaultAsync()
            : null;

    /// <summary>Ends a link session (an account session ends with the usual sign-out) and says so on the access page.</summary>
    public static async Task<IActionResult> LeaveAsync(this PageModel page, Space space)
    {
        await page.HttpContext.SignOutAsync(space.Scheme);
        return new RedirectResult(space.LeftPath);
    }

    /// <summary>Who the link's session is: the person, in the space's role, with the link's id.</summary>
    public static ClaimsPrincipal Principal(Space space, Guid linkId, User person)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, person.Id.ToString()),
            new Claim(ClaimTypes.Name, person.Email ?? person.FullName),
            new Claim(SillageClaimsFactory.NameClaim, person.FullName),
            new Claim(ClaimTypes.Role, space.Role),
            new Claim(space.Claim, linkId.ToString()),
        ], space.Scheme, ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }
}
