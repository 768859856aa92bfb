using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>
/// Optional sign-in through an OpenID Connect provider (an ENT, an academic identity provider…), switched on by
/// <c>Authentication:Oidc:Authority</c>. Accounts are still created by the school: a person signing in through
/// the provider is matched to their Sillage account by e-mail address; nobody gets an account this way.
/// </summary>
public static class OidcSetup
{
    public const string Scheme = "oidc";

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
        });
        return services;
    }
}
