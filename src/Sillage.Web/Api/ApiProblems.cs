using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Api;

/// <summary>
/// Every error of <c>/api</c> is a ProblemDetails (RFC 9457) in the request's language (<c>Accept-Language</c>, through
/// the catalogue), never the HTML status page: the status-code pages are switched off for the API, and an error answered
/// without a body (401 from the token scheme, 403, 404 from an ownership check, 400 from binding, 429 from the rate
/// limiter, 500 from an unhandled exception) gets the status's own title and explanation here. Responses are <c>no-store</c> like the pages'.
/// </summary>
public static class ApiProblems
{
    public const string ValidationTitle = "Données refusées";

    public static IApplicationBuilder UseSillageApiProblems(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.Use(async (context, next) =>
        {
            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }

            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            try
            {
                await next();
            }
            catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                // The pages' error handler would answer HTML: the API answers a 500 problem, the exception in the log.
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiProblems))
                    .LogError(e, "Unhandled exception on {Method} {Path}", context.Request.Method, context.Request.Path);
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }

            var response = context.Response;
            if (!response.HasStarted && response.StatusCode >= 400 && response.ContentLength is null or 0 && string.IsNullOrEmpty(response.ContentType))
            {
                var l = context.RequestServices.GetRequiredService<IStringLocalizer<Text>>();
                var (title, detail) = Describe(response.StatusCode, response.Headers.WWWAuthenticate.ToString().Contains("invalid_token", StringComparison.Ordinal));
                await Results.Problem(l[detail].Value, statusCode: response.StatusCode, title: l[title].Value).ExecuteAsync(context);
            }
        }));

    /// <summary>422 with each broken rule beside the field it is about (camelCase, as the JSON names it).</summary>
    public static ProblemHttpResult Validation(IStringLocalizer l, IEnumerable<(string Field, Message Message)> failures, int status = StatusCodes.Status422UnprocessableEntity)
    {
        var errors = failures.GroupBy(f => f.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => l.Format(f.Message)).Distinct().ToArray(), StringComparer.Ordinal);
        return TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = status,
            Title = l[ValidationTitle],
            Detail = l["Corrigez les champs signalés ; rien n'a été enregistré."],
        });
    }

    private static (string Title, string Detail) Describe(int status, bool badToken) => status switch
    {
        400 => ("Requête invalide", "La requête n'a pas pu être lue : vérifiez les paramètres et le corps JSON."),
        401 when badToken => ("Authentification requise", "Le jeton est inconnu, expiré ou révoqué, ou son compte est désactivé."),
        401 => ("Authentification requise", "Envoyez un jeton d'accès personnel dans l'en-tête « Authorization: Bearer »."),
        403 => ("Accès refusé", "Votre rôle ou la portée du jeton (lecture seule) ne permet pas cette opération."),
        404 => ("Introuvable", "Cette ressource n'existe pas ou ne vous est pas accessible."),
        405 => ("Méthode non autorisée", "Cette adresse n'accepte pas cette méthode HTTP."),
        409 => ("Conflit", "La ressource a changé entre-temps : relisez-la puis recommencez."),
        413 => ("Requête trop volumineuse", "Le corps de la requête dépasse la taille permise."),
        415 => ("Type de contenu non pris en charge", "Envoyez le corps dans le type de contenu que décrit la documentation."),
        500 => ("Erreur du serveur", "Une erreur inattendue a interrompu la requête ; elle est consignée dans le journal du serveur. Réessayez plus tard ou signalez-la à l'administrateur."),
        429 => ("Trop de requêtes", "Ce jeton a dépassé son nombre de requêtes par minute : réessayez après le délai indiqué par l'en-tête Retry-After."),
        _ => ("Erreur", "La requête n'a pas abouti."),
    };
}
