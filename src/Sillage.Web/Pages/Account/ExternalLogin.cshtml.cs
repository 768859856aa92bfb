using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Account;

/// <summary>Return from the identity provider: signs in the Sillage account linked to it, or links it by e-mail
/// address the first time. Never creates an account.</summary>
public sealed class ExternalLoginModel(SignInManager<User> signIn, UserManager<User> users, AuditLog audit, SillageDb db, IStringLocalizer<Text> l) : PageModel
{
    public string? Error { get; private set; }

    public IActionResult OnPost(string provider, string? returnUrl)
    {
        var redirect = Url.Page("/Account/ExternalLogin", "Callback", new { returnUrl });
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(provider, redirect), provider);
    }

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl, string? remoteError)
    {
        var target = !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        var info = await signIn.GetExternalLoginInfoAsync();
        if (remoteError is not null || info is null)
        {
            Error = l["La connexion par le fournisseur d'identité a échoué. Réessayez ou utilisez votre mot de passe Sillage."];
            return Page();
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        if (result.Succeeded)
        {
            return LocalRedirect(target);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl = target });
        }

        var email = info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("email");
        var user = email is null ? null : await users.FindByEmailAsync(email);
        if (user is null || user.DeactivatedAt is not null || result.IsLockedOut)
        {
            Error = l["Aucun compte Sillage actif ne correspond à cette identité ({0}). Demandez au référent de la formation de créer votre compte avec cette adresse.", email ?? "?"];
            return Page();
        }

        await users.AddLoginAsync(user, info);
        audit.Record("account.external-login-linked", user.Id, info.LoginProvider);
        await db.SaveChangesAsync();
        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return LocalRedirect(target);
    }
}
