using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Setup;

/// <summary>First run: creates the first administrator, protected by the one-time token printed in the
/// console. Gone (404) once an administrator exists.</summary>
[EnableRateLimiting(IdentitySetup.LoginRateLimit)]
public sealed class IndexModel(SetupToken token, UserManager<User> users, SignInManager<User> signIn, SillageDb db,
    AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() => await token.IsActiveAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await token.IsActiveAsync())
        {
            return NotFound();
        }

        if (!await token.MatchesAsync(Input.Token))
        {
            ModelState.AddModelError("Input.Token", l["Jeton d'installation incorrect : recopiez celui affiché dans la console du serveur."]);
        }

        if (PersonRules.CheckEmail(Input.Email) is { } emailError)
        {
            ModelState.AddMessage(l, "Input.Email", emailError);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            await token.SpendAllAsync();
            return NotFound();
        }

        var admin = new User
        {
            FirstName = Input.FirstName.Trim(),
            LastName = Input.LastName.Trim(),
            Email = PersonRules.NormalizeEmail(Input.Email),
            UserName = PersonRules.NormalizeEmail(Input.Email),
            EmailConfirmed = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ActivatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Two instances may get the same token at once: the delete that spends it succeeds for one of them only.
        if (!await token.SpendAsync(Input.Token))
        {
            return NotFound();
        }

        var created = await users.CreateAsync(admin, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", error.Description);
            }

            return Page();
        }

        await users.AddToRoleAsync(admin, Roles.Admin);
        audit.Record("setup.admin-created", admin.Id, admin.Email);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await signIn.SignInAsync(admin, isPersistent: false);
        TempData["Message"] = l["Installation terminée. Créez maintenant l'établissement, puis les promotions."].Value;
        return Redirect("/admin");
    }

    public sealed class SetupInput
    {
        [Display(Name = "Jeton d'installation")]
        [Required(ErrorMessage = "Saisissez le jeton affiché dans la console.")]
        public string Token { get; set; } = "";

        [Display(Name = "Prénom")]
        [Required(ErrorMessage = "Saisissez le prénom.")]
        [StringLength(PersonRules.MaxNameLength, ErrorMessage = "100 caractères au plus.")]
        public string FirstName { get; set; } = "";

        [Display(Name = "Nom de famille")]
        [Required(ErrorMessage = "Saisissez le nom.")]
        [StringLength(PersonRules.MaxNameLength, ErrorMessage = "100 caractères au plus.")]
        public string LastName { get; set; } = "";

        [Display(Name = "Adresse e-mail")]
        [Required(ErrorMessage = "Saisissez l'adresse e-mail.")]
        public string Email { get; set; } = "";

        [Display(Name = "Mot de passe")]
        [Required(ErrorMessage = "Choisissez un mot de passe.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }
}
