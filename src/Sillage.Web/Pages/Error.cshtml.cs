using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages;

/// <summary>Every error page: status codes re-executed here, and unexpected exceptions, logged with a
/// correlation id the user can quote.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public int Code { get; private set; }
    public string CorrelationId { get; private set; } = "";

    /// <summary>A 429 from the sign-in pages (attempts per address), not from another rate limit (per user or address).</summary>
    public bool SignInLimited { get; private set; }

    public void OnGet(int? code) => Handle(code);

    public void OnPost(int? code) => Handle(code);

    private void Handle(int? code)
    {
        CorrelationId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var exception = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        // A re-executed POST may not bind the code from the path: the status being re-executed says it too.
        Code = code ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? StatusCodes.Status500InternalServerError;
        if (exception is not null)
        {
            logger.LogError(exception.Error, "Unhandled error on {Path} (correlation {CorrelationId})", exception.Path, CorrelationId);
        }

        SignInLimited = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.Endpoint?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName
                        == IdentitySetup.LoginRateLimit;
        Response.StatusCode = Code;
    }
}
