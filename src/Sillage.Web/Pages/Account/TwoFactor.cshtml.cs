using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Account;

/// <summary>Staff protect their account with a second factor: a TOTP application (codes every 30 s) and
/// single-use recovery codes shown once.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TwoFactorModel(UserManager<User> users, SignInManager<User> signIn, AuditLog audit, SillageDb db, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    [Display(Name = "Code à 6 chiffres de l'application")]
    public string? Code { get; set; }

    /// <summary>The password again, or a fresh code: what turning the second factor off or replacing the recovery
    /// codes takes, so that a session left open is not enough.</summary>
    [BindProperty]
    [Display(Name = "Mot de passe actuel ou code à 6 chiffres de l'application")]
    public string? Verification { get; set; }

    public bool Enabled { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string QrSvg { get; private set; } = "";
    public int RecoveryCodesLeft { get; private set; }
    public IReadOnlyList<string>? NewRecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync(await CurrentAsync());
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await CurrentAsync();
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), l["Code incorrect : saisissez le code affiché par l'application (il change toutes les 30 secondes)."]);
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList();
        audit.Record("account.2fa-enabled", user.Id);
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(user);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await CurrentAsync();
        if (!await ProvenAsync(user))
        {
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        audit.Record("account.2fa-disabled", user.Id);
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = l["Double authentification désactivée."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await CurrentAsync();
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage();
        }

        if (!await ProvenAsync(user))
        {
            await LoadAsync(user);
            return Page();
        }

        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList();
        await LoadAsync(user);
        return Page();
    }

    /// <summary>Whether <see cref="Verification"/> is a current code of the application or the password; a wrong
    /// password counts towards the lockout, as at sign-in.</summary>
    private async Task<bool> ProvenAsync(User user)
    {
        var proof = Verification ?? "";
        var code = proof.Replace(" ", "", StringComparison.Ordinal);
        var proven = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)
            : proof.Length > 0 && (await signIn.CheckPasswordSignInAsync(user, proof, lockoutOnFailure: true)).Succeeded;
        if (!proven)
        {
            ModelState.AddModelError(nameof(Verification), l["Saisissez votre mot de passe actuel ou un code de l'application pour confirmer."]);
        }

        return proven;
    }

    private async Task<User> CurrentAsync() => await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");

    private async Task LoadAsync(User user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = string.Join(' ', Enumerable.Range(0, (key!.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4))))).ToLowerInvariant();
        var uri = string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            Uri.EscapeDataString("Sillage"), Uri.EscapeDataString(user.Email!), key);
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(data).GetGraphic(4);
    }
}
