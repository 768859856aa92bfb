using Microsoft.AspNetCore.Authorization;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Api;

/// <summary>The API's policies: the pages' audiences (<see cref="Policies"/>), authenticated by token only, and the
/// write scope for what changes data. Ownership is checked in each endpoint with the pages' access queries.</summary>
public static class ApiPolicies
{
    public const string School = "Api.School";
    public const string Staff = "Api.Staff";
    public const string Management = "Api.Management";
    public const string Write = "Api.Write";

    public static IServiceCollection AddSillageApiPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(School, p => Token(p).RequireRole(Roles.Admin, Roles.Coordinator, Roles.Teacher, Roles.Learner))
            .AddPolicy(Staff, p => Token(p).RequireRole(Roles.Admin, Roles.Coordinator, Roles.Teacher))
            .AddPolicy(Management, p => Token(p).RequireRole(Roles.Admin, Roles.Coordinator))
            .AddPolicy(Write, p => Token(p).RequireClaim(AccessTokens.ScopeClaim, AccessTokens.WriteScope));
        return services;
    }

    private static AuthorizationPolicyBuilder Token(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(AccessTokenAuthentication.SchemeName).RequireAuthenticatedUser();
}
