using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Account;

/// <summary>
/// Return from the identity provider: signs in the Sillage account linked to it, or links it by e-mail address the
/// first time — only an address the provider says it verified (<c>email_verified</c>), unless the operator trusts
/// the provider's addresses (<see cref="OidcSetup.TrustUnverifiedEmail"/>). Never creates an account, and lets in
/// no account that the password would not: deactivated, locked out, or without its second factor.
/// </summary>
public sealed class ExternalLoginModel(SignInManager<User> signIn, UserManager<User> users, AuditLog audit, SillageDb db, IConfiguration configuration,
    IStringLocalizer<Text> l) : PageModel
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
        var linked = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        if (linked is not null || email is null)
        {
            // A linked account refused (deactivated, locked out), or nothing to link by.
            Error = l["Aucun compte Sillage actif ne correspond à cette identité ({0}). Demandez au référent de la formation de créer votre compte avec cette adresse.", email ?? "?"];
            return Page();
        }

        if (!OidcSetup.TrustUnverifiedEmail(configuration) && !OidcSetup.IsEmailVerified(info.Principal))
        {
            Error = l["Le fournisseur d'identité ne garantit pas que l'adresse {0} est la vôtre : la connexion par ce fournisseur n'est pas possible. Utilisez votre mot de passe Sillage.", email];
            return Page();
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            Error = l["Aucun compte Sillage actif ne correspond à cette identité ({0}). Demandez au référent de la formation de créer votre compte avec cette adresse.", email];
            return Page();
        }

        await users.AddLoginAsync(user, info);
        audit.Record("account.external-login-linked", user.Id, info.LoginProvider);
        await db.SaveChangesAsync();

        // Now linked: in through the same door as every later visit, second factor included.
        result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl = target });
        }

        return result.Succeeded ? LocalRedirect(target) : RedirectToPage("/Account/Login");
    }
}
