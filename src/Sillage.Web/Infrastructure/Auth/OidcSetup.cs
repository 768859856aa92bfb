using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>
/// Optional sign-in through an OpenID Connect provider (an ENT, an academic identity provider…), switched on by
/// <c>Authentication:Oidc:Authority</c>. Accounts are still created by the school: a person signing in through
/// the provider is matched to their Sillage account by e-mail address — one the provider says it verified
/// (<c>email_verified</c>), unless <c>Authentication:Oidc:TrustUnverifiedEmail</c> says the provider's addresses are
/// all trustworthy; nobody gets an account this way. The addresses the provider sends the browser back to are built from
/// the public address (<c>App:PublicUrl</c>), never from the request's Host header.
/// </summary>
public static class OidcSetup
{
    public const string Scheme = "oidc";
    public const string EmailVerifiedClaim = "email_verified";

    /// <summary>For a provider that sends no <c>email_verified</c> although it only hands out addresses it manages
    /// (many ENTs): the operator may then trust its addresses. Off by default: an address anyone could have typed in
    /// at the provider would otherwise open the Sillage account that has it.</summary>
    public static bool TrustUnverifiedEmail(IConfiguration configuration) => configuration.GetValue<bool>("Authentication:Oidc:TrustUnverifiedEmail");

    public static bool IsEmailVerified(ClaimsPrincipal principal) =>
        string.Equals(principal.FindFirstValue(EmailVerifiedClaim), "true", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddSillageOidc(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Authentication:Oidc");
        var authority = section["Authority"];
        if (string.IsNullOrWhiteSpace(authority))
        {
            return services;
        }

        services.AddAuthentication().AddOpenIdConnect(Scheme, section["DisplayName"] ?? "ENT", o =>
        {
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.Authority = authority;
            o.ClientId = section["ClientId"];
            o.ClientSecret = section["ClientSecret"];
            o.ResponseType = "code";
            o.UsePkce = true;
            o.SaveTokens = false;
            o.GetClaimsFromUserInfoEndpoint = true;
            o.CallbackPath = "/signin-oidc";
            o.Scope.Clear();
            foreach (var scope in (section["Scopes"] ?? "openid profile email").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                o.Scope.Add(scope);
            }

            o.RequireHttpsMetadata = section.GetValue("RequireHttpsMetadata", true);
            // Also when the provider says it from its user-info endpoint rather than in the ID token.
            o.ClaimActions.MapUniqueJsonKey(EmailVerifiedClaim, EmailVerifiedClaim);
            o.Events.OnRedirectToIdentityProvider = context =>
            {
                // The handler keeps this address, after the event, to redeem the code with it.
                context.ProtocolMessage.RedirectUri = Public(context.HttpContext, context.Options.CallbackPath);
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToIdentityProviderForSignOut = context =>
            {
                context.ProtocolMessage.PostLogoutRedirectUri = Public(context.HttpContext, context.Options.SignedOutCallbackPath);
                return Task.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>The absolute address of one of the handler's paths (<c>/signin-oidc</c>), under the public address.</summary>
    private static string Public(HttpContext context, PathString path) => context.RequestServices.GetRequiredService<PublicAddress>().Path(path.Value!);
}
