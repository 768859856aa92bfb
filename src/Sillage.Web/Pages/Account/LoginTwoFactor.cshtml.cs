using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Account;

/// <summary>Second step of the sign-in for accounts with two-factor authentication: a TOTP code or a recovery code.</summary>
[EnableRateLimiting(IdentitySetup.LoginRateLimit)]
public sealed class LoginTwoFactorModel(SignInManager<User> signIn, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    [Display(Name = "Code de l'application ou code de secours")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        // TOTP codes are 6 digits (spaces tolerated); recovery codes keep their dash ("ab12c-3de45").
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? l["Compte verrouillé après plusieurs échecs : réessayez dans 15 minutes."]
            : l["Code incorrect."]);
        return Page();
    }
}
