using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>
/// Optional sign-in through an OpenID Connect provider (an ENT, an academic identity provider…), switched on by
/// <c>Authentication:Oidc:Authority</c>: code flow with PKCE. Accounts are still created by the school: the provider's
/// identifier (<c>Authentication:Oidc:IdentifierClaim</c>, <c>sub</c> by default) is linked to a Sillage account by an
/// administrator, or at the first sign-in by the SIECLE/STS identifier it equals (<c>IdentifierMatches</c>) or by the
/// e-mail address (<c>EmailClaim</c>) the provider says it verified (<c>email_verified</c>, unless
/// <c>TrustUnverifiedEmail</c>); nobody gets an account this way. The addresses the provider sends the browser back to
/// are built from the public address (<c>App:PublicUrl</c>), never from the request's Host header. See docs/ent-sign-in.md.
/// </summary>
public static class OidcSetup
{
    public const string Scheme = "oidc";
    public const string EmailVerifiedClaim = "email_verified";

    /// <summary>The <c>remoteError</c> the callback page gets when the provider sent no identifier claim.</summary>
    public const string MissingIdentifierError = "identifier";

    public static bool IsEnabled(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration["Authentication:Oidc:Authority"]);

    /// <summary>For a provider that sends no <c>email_verified</c> although it only hands out addresses it manages
    /// (many ENTs): the operator may then trust its addresses. Off by default: an address anyone could have typed in
    /// at the provider would otherwise open the Sillage account that has it.</summary>
    public static bool TrustUnverifiedEmail(IConfiguration configuration) => configuration.GetValue<bool>("Authentication:Oidc:TrustUnverifiedEmail");

    /// <summary>The claim holding the person's stable identifier at the provider (the ENT's user id), stored as the link.</summary>
    public static string IdentifierClaim(IConfiguration configuration) => Claim(configuration, "IdentifierClaim", "sub");

    public static string EmailClaim(IConfiguration configuration) => Claim(configuration, "EmailClaim", "email");

    /// <summary>The import identifier the provider's identifier equals, when it is one: <c>Ine</c> (SIECLE) or
    /// <c>StsId</c> (STS-web); null otherwise.</summary>
    public static string? IdentifierMatches(IConfiguration configuration) =>
        configuration["Authentication:Oidc:IdentifierMatches"] is { Length: > 0 } match ? match.Trim() : null;

    public static bool IsEmailVerified(ClaimsPrincipal principal) =>
        string.Equals(principal.FindFirstValue(EmailVerifiedClaim), "true", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddSillageOidc(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsEnabled(configuration))
        {
            return services;
        }

        if (IdentifierMatches(configuration) is { } match && match is not ("Ine" or "StsId"))
        {
            throw new InvalidOperationException($"Authentication:Oidc:IdentifierMatches is '{match}': it can be Ine (SIECLE), StsId (STS-web) or empty.");
        }

        var section = configuration.GetSection("Authentication:Oidc");
        var identifierClaim = IdentifierClaim(configuration);
        var emailClaim = EmailClaim(configuration);
        services.AddAuthentication().AddOpenIdConnect(Scheme, section["DisplayName"] ?? "ENT", o =>
        {
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.Authority = section["Authority"];
            o.ClientId = section["ClientId"];
            o.ClientSecret = section["ClientSecret"];
            o.ResponseType = "code";
            o.UsePkce = true;
            o.SaveTokens = false;
            o.GetClaimsFromUserInfoEndpoint = true;
            o.CallbackPath = "/signin-oidc";
            o.SignedOutCallbackPath = "/signout-callback-oidc";
            o.Scope.Clear();
            foreach (var scope in (section["Scopes"] ?? "openid profile email").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                o.Scope.Add(scope);
            }

            o.RequireHttpsMetadata = section.GetValue("RequireHttpsMetadata", true);
            // The claims keep the provider's names, so that the configured ones are found as the ENT documents them,
            // from the ID token or from the user-info endpoint.
            o.MapInboundClaims = false;
            foreach (var claim in new[] { identifierClaim, emailClaim, EmailVerifiedClaim })
            {
                o.ClaimActions.MapUniqueJsonKey(claim, claim);
            }

            o.Events.OnRedirectToIdentityProvider = context =>
            {
                // The handler keeps this address, after the event, to redeem the code with it.
                context.ProtocolMessage.RedirectUri = Public(context.HttpContext, context.Options.CallbackPath);
                return Task.CompletedTask;
            };
            o.Events.OnTicketReceived = context =>
            {
                var principal = Normalize(context.Principal!, identifierClaim, emailClaim);
                if (principal is null)
                {
                    context.Response.Redirect(CallbackPage(context.HttpContext, MissingIdentifierError));
                    context.HandleResponse();
                    return Task.CompletedTask;
                }

                context.Principal = principal;
                return Task.CompletedTask;
            };
            o.Events.OnRemoteFailure = context =>
            {
                // A refusal at the provider (the person cancelled, an expired exchange) is a French page, not a 500.
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcSetup))
                    .LogWarning(context.Failure, "Sign-in through the OpenID provider failed: {Reason}", context.Failure?.Message);
                context.Response.Redirect(CallbackPage(context.HttpContext, "failed"));
                context.HandleResponse();
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToIdentityProviderForSignOut = context =>
            {
                // No ID token is kept: the client id tells the provider whose post-logout address to check.
                context.ProtocolMessage.ClientId = context.Options.ClientId;
                context.ProtocolMessage.PostLogoutRedirectUri = Public(context.HttpContext, context.Options.SignedOutCallbackPath);
                return Task.CompletedTask;
            };
        });
        // Identity forgets how the person signed in when it renews the cookie (every 30 minutes); signing out needs it
        // to end the ENT session too.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            if (context.CurrentPrincipal?.FindFirst(ClaimTypes.AuthenticationMethod) is { } method
                && context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == ClaimTypes.AuthenticationMethod))
            {
                identity.AddClaim(new Claim(method.Type, method.Value));
            }

            return Task.CompletedTask;
        });
        return services;
    }

    /// <summary>The provider's claims in the names Identity reads: the configured identifier as the login's key, the
    /// configured e-mail claim as the e-mail, and whether it is verified; null without an identifier.</summary>
    public static ClaimsPrincipal? Normalize(ClaimsPrincipal principal, string identifierClaim, string emailClaim)
    {
        var identifier = principal.FindFirstValue(identifierClaim);
        if (string.IsNullOrWhiteSpace(identifier))
        {
            return null;
        }

        var identity = new ClaimsIdentity(principal.Identity?.AuthenticationType ?? Scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, identifier.Trim()));
        if (principal.FindFirstValue(emailClaim) is { Length: > 0 } email)
        {
            identity.AddClaim(new Claim(ClaimTypes.Email, email.Trim()));
        }

        if (principal.FindFirstValue(EmailVerifiedClaim) is { Length: > 0 } verified)
        {
            identity.AddClaim(new Claim(EmailVerifiedClaim, verified));
        }

        if (principal.FindFirstValue("name") is { Length: > 0 } name)
        {
            identity.AddClaim(new Claim(ClaimTypes.Name, name));
        }

        return new ClaimsPrincipal(identity);
    }

    private static string Claim(IConfiguration configuration, string key, string fallback) =>
        configuration[$"Authentication:Oidc:{key}"] is { Length: > 0 } claim ? claim.Trim() : fallback;

    private static string CallbackPage(HttpContext context, string error) =>
        Public(context, $"/connexion/externe?handler=Callback&remoteError={Uri.EscapeDataString(error)}");

    /// <summary>The absolute address of one of the handler's paths (<c>/signin-oidc</c>), under the public address.</summary>
    private static string Public(HttpContext context, PathString path) => Public(context, path.Value!);

    private static string Public(HttpContext context, string appPath) => context.RequestServices.GetRequiredService<PublicAddress>().Path(appPath);
}
