using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Security;

namespace Sillage.Web.Pages.Account;

/// <summary>The signed-in person's account: language and password.</summary>
[EnableRateLimiting(RateLimits.JobStart)]
[RateLimitedHandlers("Data")]
[DirectionMayPost]
public sealed class IndexModel(UserManager<User> users, SignInManager<User> signIn, IStringLocalizer<Text> l,
    SillageDb db, Sillage.Web.Infrastructure.Jobs.JobQueue jobs, Sillage.Web.Infrastructure.Audit.AuditLog audit) : PageModel
{
    public User Person { get; private set; } = null!;
    public IList<string> PersonRoles { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Langue de l'interface")]
    public string? Culture { get; set; }

    [BindProperty]
    public PasswordChange Password { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Culture = Person.Culture ?? "";
    }

    /// <summary>"Télécharger mes données": a background job builds the zip; the person follows it on its page.</summary>
    public async Task<IActionResult> OnPostDataAsync()
    {
        var me = Sillage.Web.Infrastructure.Auth.ClaimsPrincipalExtensions.UserId(User);
        var job = jobs.Enqueue(Privacy.PersonalDataJob.JobKind, new Message("Mes données personnelles"), new Privacy.PersonalDataJob.Payload(me), me);
        audit.Record("personal-data.requested", me);
        await db.SaveChangesAsync();
        return RedirectToPage("/Jobs/Detail", new { id = job.Id });
    }

    public async Task<IActionResult> OnPostCultureAsync()
    {
        await LoadAsync();
        ModelState.Clear();
        if (Culture is not ("" or null or "fr" or "en"))
        {
            ModelState.AddModelError(nameof(Culture), l["Langue inconnue."]);
            return Page();
        }

        Person.Culture = string.IsNullOrEmpty(Culture) ? null : Culture;
        await users.UpdateAsync(Person);
        HttpContext.RememberCulture(Person.Culture);

        TempData["Message"] = Person.Culture == "en" ? "Language saved." : "Langue enregistrée.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        await LoadAsync();
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith("Password.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(Person, Password.Current, Password.New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Password.Current" : "Password.New", error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(Person);
        TempData["Message"] = l["Mot de passe modifié."].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Person = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        PersonRoles = await users.GetRolesAsync(Person);
    }

    public sealed class PasswordChange
    {
        [Display(Name = "Mot de passe actuel")]
        [Required(ErrorMessage = "Saisissez votre mot de passe actuel.")]
        [DataType(DataType.Password)]
        public string Current { get; set; } = "";

        [Display(Name = "Nouveau mot de passe")]
        [Required(ErrorMessage = "Choisissez un nouveau mot de passe.")]
        [DataType(DataType.Password)]
        public string New { get; set; } = "";

        [Display(Name = "Confirmation du nouveau mot de passe")]
        [Compare(nameof(New), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
        [DataType(DataType.Password)]
        public string Confirmation { get; set; } = "";
    }
}
