using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Infrastructure.Auth;

public static class IdentitySetup
{
    public const string LoginRateLimit = "login";

    /// <summary>Cookies are marked Secure (sent over HTTPS only) unless the app runs for development or as the
    /// local demo over plain http://localhost; <c>Security:SecureCookies</c> overrides.</summary>
    public static bool SecureCookies(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>("Security:SecureCookies")
        ?? !(environment.IsDevelopment() || configuration.GetValue<bool>("Demo:Enabled"));

    public static IServiceCollection AddSillageIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddIdentity<User, IdentityRole<Guid>>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<SillageDb>()
            .AddSignInManager<SillageSignInManager>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<SillageClaimsFactory>();

        services.AddScoped<PasswordDecoy>();
        services.AddSillageOidc(configuration);

        // Invitation links use the password-reset token: valid a week, spent when the password is set.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(7));

        var secureCookies = SecureCookies(configuration, environment);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "sillage.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/connexion";
            o.LogoutPath = "/deconnexion";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A signed-in user without the right role gets a real 403 (rendered by the status-code page).
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sillage.af";
            o.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.HeaderName = "RequestVerificationToken";
        });

        // Per instance: its share of the budget in a cluster (see ClusterMode.PerInstanceBudget).
        var permitPerMinute = ClusterMode.PerInstanceBudget(configuration, configuration.GetValue("Security:LoginAttemptsPerMinute", 10));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // No body: the status-code page (/erreur/429) explains it in the request's language.
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            // Only attempts (POST) count; showing the form is free.
            o.AddPolicy(LoginRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permitPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("read"));
        });

        return services;
    }
}
