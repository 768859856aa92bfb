using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Account;

/// <summary>Signs out of Sillage; a person who came in through the ENT is signed out of the ENT too, which sends them
/// back to the sign-in page (leaving the ENT session open would let the next person at a shared computer back in).</summary>
[DirectionMayPost]
public sealed class LogoutModel(SignInManager<User> signIn) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var throughProvider = User.FindFirstValue(ClaimTypes.AuthenticationMethod) == OidcSetup.Scheme
                              && await signIn.GetExternalAuthenticationSchemesAsync() is var schemes && schemes.Any(s => s.Name == OidcSetup.Scheme);
        await signIn.SignOutAsync();
        if (throughProvider)
        {
            return SignOut(new AuthenticationProperties { RedirectUri = Url.Page("/Account/Login") }, OidcSetup.Scheme);
        }

        return RedirectToPage("/Account/Login");
    }
}
