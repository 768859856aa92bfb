using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Infrastructure.Security;

/// <summary>
/// Rate limits on what costs the server or invites guessing, counted per minute for each signed-in user, or for each
/// client address when anonymous (the partition is chosen after authentication). A refused request gets 429 and the
/// localised status page (see <see cref="Auth.IdentitySetup"/>). Only POSTs count: showing a form is free.
/// <list type="bullet">
/// <item><see cref="Verification"/>: the public verification of certificates (<c>/verifier</c>), each a SHA-256 of up to
/// 100 MB and a lookup — <c>Security:VerificationsPerMinute</c> (20).</item>
/// <item><see cref="JobStart"/>: every request that starts a background job (exports, imports, PDF prints, personal data) —
/// <c>Security:JobStartsPerMinute</c> (10). On a page whose other POST handlers start nothing,
/// <see cref="RateLimitedHandlersAttribute"/> names the handlers that count.</item>
/// </list>
/// Each instance counts in its memory its share of these budgets (and of the sign-in one): see
/// <see cref="ClusterMode.PerInstanceBudget"/>.
/// </summary>
public static class RateLimits
{
    public const string Verification = "verification";
    public const string JobStart = "job-start";

    public static IServiceCollection AddSillageRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var verifications = ClusterMode.PerInstanceBudget(configuration, configuration.GetValue("Security:VerificationsPerMinute", 20));
        var jobStarts = ClusterMode.PerInstanceBudget(configuration, configuration.GetValue("Security:JobStartsPerMinute", 10));
        services.Configure<RateLimiterOptions>(o =>
        {
            o.AddPolicy(Verification, context => PostsPerMinute(context, Verification, verifications));
            o.AddPolicy(JobStart, context => PostsPerMinute(context, JobStart, jobStarts));
        });
        return services;
    }

    private static RateLimitPartition<string> PostsPerMinute(HttpContext context, string policy, int permits) =>
        HttpMethods.IsPost(context.Request.Method) && Counts(context)
            ? RateLimitPartition.GetFixedWindowLimiter($"{policy}:{Client(context)}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) })
            : RateLimitPartition.GetNoLimiter("free");

    /// <summary>Whether the request's page handler is one that counts (all of them unless the page names some).</summary>
    private static bool Counts(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RateLimitedHandlersAttribute>() is not { } limited)
        {
            return true;
        }

        var handler = context.GetRouteValue("handler") as string ?? context.Request.Query["handler"].ToString();
        return limited.Handlers.Contains(handler, StringComparer.OrdinalIgnoreCase);
    }

    private static string Client(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            ? "user:" + userId
            : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "local");
}
