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

/// <summary>Where an invitation or reset link lands: the person chooses a password and is signed in with it as at
/// the sign-in page — so an account with a second factor goes on to the code, never straight in.</summary>
[EnableRateLimiting(IdentitySetup.LoginRateLimit)]
public sealed class InvitationModel(UserManager<User> users, SignInManager<User> signIn, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "u")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool LinkValid { get; private set; }
    public string? FirstName { get; private set; }
    public string? Email { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await CheckLinkAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await CheckLinkAsync();
        if (user is null || !ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Token!, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input.Password", error.Description);
            }

            return Page();
        }

        user.EmailConfirmed = true;
        user.ActivatedAt ??= clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        await users.ResetAccessFailedCountAsync(user);
        var signedIn = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: false);
        if (signedIn.RequiresTwoFactor)
        {
            TempData["Message"] = l["Votre mot de passe est enregistré. Saisissez le code de votre application pour vous connecter."].Value;
            return RedirectToPage("/Account/LoginTwoFactor");
        }

        if (!signedIn.Succeeded)
        {
            TempData["Message"] = l["Votre mot de passe est enregistré : connectez-vous."].Value;
            return RedirectToPage("/Account/Login");
        }

        TempData["Message"] = l["Votre mot de passe est enregistré. Bienvenue sur Sillage !"].Value;
        return RedirectToPage("/Index");
    }

    private async Task<User?> CheckLinkAsync()
    {
        var user = string.IsNullOrEmpty(Token) ? null : await users.FindByIdAsync(UserId.ToString());
        LinkValid = user is { DeactivatedAt: null }
                    && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider,
                        UserManager<User>.ResetPasswordTokenPurpose, Token!);
        FirstName = user?.FirstName;
        Email = user?.Email;
        return LinkValid ? user : null;
    }

    public sealed class PasswordInput
    {
        [Display(Name = "Nouveau mot de passe")]
        [Required(ErrorMessage = "Choisissez un mot de passe.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Display(Name = "Confirmation du mot de passe")]
        [Required(ErrorMessage = "Saisissez le mot de passe une seconde fois.")]
        [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
        [DataType(DataType.Password)]
        public string Confirmation { get; set; } = "";
    }
}
