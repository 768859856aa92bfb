namespace Sillage.Web.Infrastructure.Security;

/// <summary>Headers on every response. The CSP allows no inline script and nothing from other origins:
/// every script is a file under wwwroot, and the app must run offline anyway. A file served back (any response with
/// Content-Disposition: uploads, exports) gets a sandbox policy instead: even opened directly, whatever it holds
/// runs no script, submits no form and loads nothing.</summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; frame-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public const string DownloadPolicy = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";

    public static IApplicationBuilder UseSillageSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = headers.ContentDisposition.Count > 0 ? DownloadPolicy : Sillage.Web.Api.ApiReference.Policy(context) ?? ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });
}
