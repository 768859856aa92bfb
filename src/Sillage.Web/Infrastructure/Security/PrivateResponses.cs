using Microsoft.AspNetCore.Mvc.Abstractions;

namespace Sillage.Web.Infrastructure.Security;

/// <summary>
/// Pages answered to a signed-in user or to a link session (tutor, jury) carry personal data: <c>Cache-Control:
/// no-store</c> keeps them out of the browser's cache and any shared cache, so that the back button after signing out
/// on a school computer, or a proxy, shows nothing. Decided when the response starts, after authorisation has put the
/// link session's identity on the request. Static assets (no personal data, fingerprinted and cached for long) are
/// left alone: only page responses and responses without an endpoint (errors) are marked.
/// </summary>
public static class PrivateResponses
{
    public static IApplicationBuilder UseSillagePrivateResponses(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var endpoint = context.GetEndpoint();
                if (context.User.Identity?.IsAuthenticated == true && (endpoint is null || endpoint.Metadata.GetMetadata<ActionDescriptor>() is not null))
                {
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            });
            await next();
        });
}
