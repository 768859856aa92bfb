using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Account;

[EnableRateLimiting(IdentitySetup.LoginRateLimit)]
public sealed class LoginModel(SignInManager<User> signIn, UserManager<User> users, PasswordDecoy decoy, IConfiguration configuration,
    IStringLocalizer<Text> l, ILogger<LoginModel> logger) : PageModel
{

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool DemoEnabled => configuration.GetValue<bool>("Demo:Enabled");

    public IReadOnlyList<DemoAccount> DemoAccounts => DemoEnabled ? DemoSeeder.Accounts : [];

    public IReadOnlyList<Microsoft.AspNetCore.Authentication.AuthenticationScheme> ExternalProviders { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl);
        }

        ExternalProviders = (await signIn.GetExternalAuthenticationSchemesAsync()).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ExternalProviders = (await signIn.GetExternalAuthenticationSchemesAsync()).ToList();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (!await PasswordDecoy.WillHashAsync(users, user))
        {
            decoy.Verify(Input.Password);
        }

        // A deactivated account is named as such only to whoever knows its password.
        if (user is { DeactivatedAt: not null } && await users.CheckPasswordAsync(user, Input.Password))
        {
            ModelState.AddModelError(string.Empty, l["Ce compte est désactivé. Adressez-vous au référent de la formation."]);
            return Page();
        }

        var result = user is null or { DeactivatedAt: not null }
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            if (user!.Culture is { } culture)
            {
                HttpContext.RememberCulture(culture);
            }

            return LocalRedirect(SafeReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl = SafeReturnUrl });
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account {UserId} is locked out after repeated failures", user!.Id);
        }

        // One answer for a wrong password, an unknown address and a locked account: the page must not tell
        // which addresses have an account.
        ModelState.AddModelError(string.Empty, l["Adresse e-mail ou mot de passe incorrect, ou compte temporairement verrouillé après plusieurs échecs : réessayez dans 15 minutes."]);
        return Page();
    }

    private string SafeReturnUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    public sealed class LoginInput
    {
        [Display(Name = "Adresse e-mail")]
        [Required(ErrorMessage = "Saisissez votre adresse e-mail.")]
        public string Email { get; set; } = "";

        [Display(Name = "Mot de passe")]
        [Required(ErrorMessage = "Saisissez votre mot de passe.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }
}
