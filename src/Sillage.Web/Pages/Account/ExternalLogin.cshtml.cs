using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Account;

/// <summary>
/// Return from the identity provider: signs in the Sillage account linked to the provider's identifier, or links one
/// the first time — the person whose SIECLE/STS identifier it is (<see cref="OidcSetup.IdentifierMatches"/>), else the
/// one with the e-mail address the provider says it verified (<c>email_verified</c>, unless the operator trusts the
/// provider's addresses, <see cref="OidcSetup.TrustUnverifiedEmail"/>). Never creates an account, and lets in no
/// account that the password would not: deactivated, locked out, or without its second factor.
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
        var info = remoteError is null ? await signIn.GetExternalLoginInfoAsync() : null;
        if (info is null)
        {
            Error = remoteError == OidcSetup.MissingIdentifierError
                ? l["Le fournisseur d'identité n'a pas transmis votre identifiant ({0}) : la connexion par ce fournisseur n'est pas possible. Utilisez votre mot de passe Sillage.", OidcSetup.IdentifierClaim(configuration)]
                : l["La connexion par le fournisseur d'identité a échoué. Réessayez ou utilisez votre mot de passe Sillage."];
            return Page();
        }

        var email = info.Principal.FindFirstValue(ClaimTypes.Email);
        var user = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        var linked = user is not null;
        user ??= await ByImportIdentifierAsync(info.ProviderKey) ?? await ByEmailAsync(info.Principal, email);
        if (user is null)
        {
            Error ??= l["Aucun compte Sillage actif ne correspond à cette identité ({0}). Demandez au référent de la formation de créer votre compte avec cette adresse.", email ?? info.ProviderKey];
            return Page();
        }

        if (user.DeactivatedAt is not null)
        {
            Error = l["Votre compte Sillage est désactivé : vous ne pouvez plus vous y connecter, ni par l'ENT ni par mot de passe. Adressez-vous au référent de la formation."];
            return Page();
        }

        if (await users.IsLockedOutAsync(user))
        {
            Error = l["Votre compte Sillage est verrouillé pour le moment après plusieurs essais de mot de passe : réessayez plus tard."];
            return Page();
        }

        if (!linked)
        {
            await users.AddLoginAsync(user, info);
            audit.Record("account.external-login-linked", user.Id, info.LoginProvider);
            await db.SaveChangesAsync();
        }

        // In through the same door as every later visit, second factor included.
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl = target });
        }

        if (result.Succeeded)
        {
            return LocalRedirect(target);
        }

        Error = l["Aucun compte Sillage actif ne correspond à cette identité ({0}). Demandez au référent de la formation de créer votre compte avec cette adresse.", email ?? info.ProviderKey];
        return Page();
    }

    /// <summary>The one person whose SIECLE or STS-web identifier the provider's identifier is, when the operator says it
    /// is one; nobody when two people (two establishments) carry it.</summary>
    private async Task<User?> ByImportIdentifierAsync(string identifier)
    {
        var match = OidcSetup.IdentifierMatches(configuration);
        if (match is null)
        {
            return null;
        }

        var people = db.Users.Where(u => u.ErasedAt == null);
        people = match == "Ine"
            ? people.Where(u => u.Ine == identifier.ToUpperInvariant())
            : people.Where(u => u.StsId == identifier);
        var found = await people.Take(2).ToListAsync();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>The person with the e-mail address the provider vouches for; nobody for an address it does not vouch for.</summary>
    private async Task<User?> ByEmailAsync(ClaimsPrincipal principal, string? email)
    {
        if (email is null)
        {
            return null;
        }

        if (!OidcSetup.TrustUnverifiedEmail(configuration) && !OidcSetup.IsEmailVerified(principal))
        {
            Error = l["Le fournisseur d'identité ne garantit pas que l'adresse {0} est la vôtre : la connexion par ce fournisseur n'est pas possible. Utilisez votre mot de passe Sillage.", email];
            return null;
        }

        return await users.FindByEmailAsync(email);
    }
}
