using System.Net;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Infrastructure.Security;

/// <summary>
/// With secure cookies on (the default outside development and the local demo), sign-in and every form need
/// HTTPS: the browser would not send the cookies back otherwise. A plain-HTTP request is answered with a page that
/// says so and how to configure the server, rather than failing deep in the antiforgery code with a 500. The health
/// checks and the metrics stay reachable over HTTP for load balancers and Prometheus (<see cref="MachineEndpoints"/>).
/// </summary>
public static class HttpsRequirement
{
    public static IApplicationBuilder UseSillageHttpsRequirement(this WebApplication app)
    {
        if (!IdentitySetup.SecureCookies(app.Configuration, app.Environment))
        {
            return app;
        }

        return app.Use(async (context, next) =>
        {
            if (context.Request.IsHttps || MachineEndpoints.Match(context.Request.Path))
            {
                await next();
                return;
            }

            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page(WebUtility.HtmlEncode(context.Request.Host.Value ?? "")), context.RequestAborted);
        });
    }

    /// <summary>A self-contained page (no layout, no script): French first, English below — the request never
    /// reached the localisation of the pages.</summary>
    private static string Page(string host) => $$"""
        <!DOCTYPE html>
        <html lang="fr">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sillage : HTTPS nécessaire</title></head>
        <body style="font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
        <main>
        <h1>Sillage doit être servi en HTTPS</h1>
        <p>Cette instance protège ses cookies de connexion (attribut <code>Secure</code>) : le navigateur ne les renvoie
        qu'en HTTPS. La requête est arrivée en HTTP sur <code>{{host}}</code>.</p>
        <p>Pour l'administrateur du serveur :</p>
        <ul>
        <li>derrière un proxy inverse qui termine le TLS (nginx, Apache, Traefik…), activez <code>ForwardedHeaders__Enabled=true</code>
        et faites transmettre l'en-tête <code>X-Forwarded-Proto</code> ;</li>
        <li>ou servez l'application en HTTPS directement (<code>Urls=https://…</code> avec un certificat Kestrel) ;</li>
        <li>pour un essai sur un poste isolé seulement : <code>Security__SecureCookies=false</code> (les cookies circuleraient en clair).</li>
        </ul>
        <div lang="en">
        <h2>Sillage must be served over HTTPS</h2>
        <p>This instance marks its cookies <code>Secure</code>; the request came over plain HTTP. Behind a TLS-terminating
        reverse proxy, set <code>ForwardedHeaders__Enabled=true</code>; or serve HTTPS directly; for an isolated trial only,
        <code>Security__SecureCookies=false</code>.</p>
        </div>
        </main>
        </body>
        </html>
        """;
}
