using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sillage.Web.Data;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>Identity's sign-in, which does not know Sillage's deactivated accounts: every way in that goes through
/// it (password, second factor, identity provider) refuses them.</summary>
public sealed class SillageSignInManager(UserManager<User> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<User> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<User>> logger, IAuthenticationSchemeProvider schemes, IUserConfirmation<User> confirmation)
    : SignInManager<User>(users, http, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(User user) => user.DeactivatedAt is null && await base.CanSignInAsync(user);
}
