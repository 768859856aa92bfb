using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sillage.Web.Data;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>Adds the person's full name to the sign-in cookie so that the layout shows it without a query.</summary>
public sealed class SillageClaimsFactory(UserManager<User> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User, IdentityRole<Guid>>(users, roles, options)
{
    public const string NameClaim = "name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(NameClaim, user.FullName));
        return identity;
    }
}
