using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.People;

namespace Sillage.Web.Pages.Account;

/// <summary>Sends a reset link when the address belongs to an active account; says the same either way so
/// that the page does not reveal who has an account.</summary>
[EnableRateLimiting(IdentitySetup.LoginRateLimit)]
public sealed class ForgotPasswordModel(UserManager<User> users, Invitations invitations, SillageDb db) : PageModel
{
    [BindProperty]
    [Display(Name = "Adresse e-mail")]
    [Required(ErrorMessage = "Saisissez votre adresse e-mail.")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is { DeactivatedAt: null })
        {
            await invitations.SendResetAsync(user);
            await db.SaveChangesAsync();
        }

        Sent = true;
        return Page();
    }
}
