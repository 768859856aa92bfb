using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Pfmp.Tutor;

/// <summary>
/// The session a tutor link opens: a cookie of its own scheme, sent only to /tuteur, that the tutor-space policy
/// accepts and no other page does. Every request checks the link again, so an expired or revoked link closes the
/// session at once; the tutor is then sent to the access page, which says so in French.
/// </summary>
public static class TutorLinkAuthentication
{
    public const string LinkClaim = "tutor_link";
    public const string CookieName = "sillage.tuteur";
    public const string ExpiredPath = "/tuteur/acces?expire=1";

    public static IServiceCollection AddTutorLinkAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Policies.TutorLinkScheme);
        services.AddOptions<CookieAuthenticationOptions>(Policies.TutorLinkScheme)
            .Configure<IConfiguration, IHostEnvironment>((o, configuration, environment) =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.Path = "/tuteur";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = IdentitySetup.SecureCookies(configuration, environment) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = ValidateAsync;
                // The account's scheme already sends strangers to the sign-in page; a tutor whose link session
                // ended is told why instead.
                o.Events.OnRedirectToLogin = context =>
                {
                    if (context.Request.Cookies.ContainsKey(CookieName))
                    {
                        context.Response.Redirect(ExpiredPath);
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

    public static ClaimsPrincipal Principal(TutorLink link, User tutor)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, tutor.Id.ToString()),
            new Claim(ClaimTypes.Name, tutor.Email ?? tutor.FullName),
            new Claim(SillageClaimsFactory.NameClaim, tutor.FullName),
            new Claim(ClaimTypes.Role, Roles.Tutor),
            new Claim(LinkClaim, link.Id.ToString()),
        ], Policies.TutorLinkScheme, ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    public static bool IsLinkSession(this ClaimsPrincipal principal) => principal.HasClaim(c => c.Type == LinkClaim);

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var valid = Guid.TryParse(context.Principal?.FindFirstValue(LinkClaim), out var linkId);
        if (valid)
        {
            var services = context.HttpContext.RequestServices;
            var db = services.GetRequiredService<SillageDb>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            valid = await db.TutorLinks.AnyAsync(l => l.Id == linkId && l.RevokedAt == null && l.ExpiresAt > now
                                                      && db.Users.Any(u => u.Id == l.TutorId && u.DeactivatedAt == null));
        }

        if (!valid)
        {
            // The cookie stays: every later request is refused the same way, and told why (see OnRedirectToLogin).
            context.RejectPrincipal();
        }
    }
}
