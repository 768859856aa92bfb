using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.People;

/// <summary>A manager edits a person's identity and roles, resends the invitation, deactivates the account.
/// A stale form (someone else saved in between) is refused rather than overwriting.</summary>
[Authorize(Policy = Policies.Management)]
public sealed class EditModel(SillageDb db, CohortAccess access, UserManager<User> users, Invitations invitations,
    AuditLog audit, SchoolClock clock, IConfiguration configuration, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public User Person { get; private set; } = null!;
    public IList<string> CurrentRoles { get; private set; } = [];
    public IReadOnlyList<Membership> Memberships { get; private set; } = [];
    /// <summary>Sign-in through the ENT is configured: the page shows the person's ENT identifier.</summary>
    public bool EntSignIn => OidcSetup.IsEnabled(configuration);
    public string EntIdentifierClaim => OidcSetup.IdentifierClaim(configuration);
    public IReadOnlyList<string> AllowedRoles => User.IsInRole(Roles.Admin) ? Roles.All : Roles.All.Where(r => r != Roles.Admin).ToList();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await audit.RecordReadAsync("person.viewed", Person.Id);
        Input = new PersonInput
        {
            FirstName = Person.FirstName,
            LastName = Person.LastName,
            Email = Person.Email ?? "",
            BirthDate = Person.BirthDate,
            Roles = CurrentRoles.ToList(),
            ConcurrencyStamp = Person.ConcurrencyStamp ?? "",
            EntIdentifier = await EntIdentifierAsync(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Validate();
        await ValidateEntIdentifierAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Entry(Person).Property(u => u.ConcurrencyStamp).OriginalValue = Input.ConcurrencyStamp;
        Person.FirstName = Input.FirstName.Trim();
        Person.LastName = Input.LastName.Trim();
        Person.BirthDate = Input.BirthDate;
        var email = PersonRules.NormalizeEmail(Input.Email);
        if (email != Person.Email)
        {
            Person.Email = email;
            Person.UserName = email;
            Person.NormalizedEmail = users.NormalizeEmail(email);
            Person.NormalizedUserName = users.NormalizeName(email);
        }

        var result = await users.UpdateAsync(Person);
        if (!result.Succeeded)
        {
            foreach (var error in PersonAccounts.OnePerProblem(result))
            {
                ModelState.AddModelError(error.Code == "ConcurrencyFailure" ? string.Empty : "Input.Email",
                    error.Code == "ConcurrencyFailure" ? l["Ce compte a été modifié par quelqu'un d'autre pendant que vous l'éditiez. Rechargez la page pour voir sa version actuelle : vos saisies n'ont pas été enregistrées."] : error.Description);
            }

            return Page();
        }

        var added = Input.Roles.Except(CurrentRoles).ToList();
        var removed = CurrentRoles.Intersect(AllowedRoles).Except(Input.Roles).ToList();
        if (added.Count > 0)
        {
            await users.AddToRolesAsync(Person, added);
        }

        if (removed.Count > 0)
        {
            await users.RemoveFromRolesAsync(Person, removed);
        }

        if (added.Count + removed.Count > 0)
        {
            audit.Record("person.roles-changed", Person.Id, $"+[{string.Join(", ", added.Select(Roles.Label))}] -[{string.Join(", ", removed.Select(Roles.Label))}]");
        }

        await SetEntIdentifierAsync();
        audit.Record("person.updated", Person.Id);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Message"] = l["Modifications enregistrées."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var link = await invitations.InviteAsync(Person);
        await users.UpdateAsync(Person);
        audit.Record("person.invited", Person.Id);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Invitation envoyée à {0}.", Person.Email!].Value;
        TempData["InvitationLink"] = link;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeactivateAsync(Guid id, bool deactivate)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Person.Id == User.UserId())
        {
            TempData["Message"] = l["Vous ne pouvez pas désactiver votre propre compte."].Value;
            return RedirectToPage(new { id });
        }

        Person.DeactivatedAt = deactivate ? clock.GetUtcNow().UtcDateTime : null;
        await users.UpdateAsync(Person);
        // A deactivated person is signed out everywhere at the next cookie validation.
        await users.UpdateSecurityStampAsync(Person);
        audit.Record(deactivate ? "person.deactivated" : "person.reactivated", Person.Id);
        await db.SaveChangesAsync();
        TempData["Message"] = deactivate ? l["Compte désactivé."].Value : l["Compte réactivé."].Value;
        return RedirectToPage(new { id });
    }

    private void Validate()
    {
        foreach (var (field, error) in new[]
                 {
                     ("Input.LastName", PersonRules.CheckName(Input.LastName, new Message("Nom"))),
                     ("Input.FirstName", PersonRules.CheckName(Input.FirstName, new Message("Prénom"))),
                     ("Input.Email", PersonRules.CheckEmail(Input.Email)),
                     ("Input.BirthDate", PersonRules.CheckBirthDate(Input.BirthDate, clock.Today)),
                 })
        {
            if (error is not null)
            {
                ModelState.AddMessage(l, field, error);
            }
        }

        if (Input.Roles.Except(AllowedRoles).Any())
        {
            ModelState.AddModelError("Input.Roles", l["Vous ne pouvez pas attribuer ce rôle."]);
        }

        if (Input.Roles.Count == 0)
        {
            ModelState.AddModelError("Input.Roles", l["Choisissez au moins un rôle."]);
        }

        if (Person.Id == User.UserId() && CurrentRoles.Contains(Roles.Admin) && !Input.Roles.Contains(Roles.Admin))
        {
            ModelState.AddModelError("Input.Roles", l["Vous ne pouvez pas retirer votre propre rôle d'administrateur."]);
        }
    }

    /// <summary>The key of the person's link to the ENT (<c>AspNetUserLogins</c>), the first one when an identifier
    /// and an import id both link them.</summary>
    private Task<string?> EntIdentifierAsync() =>
        db.UserLogins.AsNoTracking().Where(x => x.UserId == Person.Id && x.LoginProvider == OidcSetup.Scheme)
            .OrderBy(x => x.ProviderKey).Select(x => x.ProviderKey).FirstOrDefaultAsync();

    /// <summary>An identifier belongs to one person: one linked to anybody else (in this establishment or another,
    /// which is not named) is refused rather than moved.</summary>
    private async Task ValidateEntIdentifierAsync()
    {
        var wanted = Input.EntIdentifier?.Trim();
        if (!EntSignIn || string.IsNullOrEmpty(wanted))
        {
            return;
        }

        if (wanted.Length > 200)
        {
            ModelState.AddModelError("Input.EntIdentifier", l["L'identifiant ENT fait au plus 200 caractères."]);
        }
        else if (await db.UserLogins.AnyAsync(x => x.LoginProvider == OidcSetup.Scheme && x.ProviderKey == wanted && x.UserId != Person.Id))
        {
            ModelState.AddModelError("Input.EntIdentifier", l["Cet identifiant ENT est déjà associé à un autre compte Sillage."]);
        }
    }

    private async Task SetEntIdentifierAsync()
    {
        var wanted = string.IsNullOrWhiteSpace(Input.EntIdentifier) ? null : Input.EntIdentifier.Trim();
        var links = await db.UserLogins.Where(x => x.UserId == Person.Id && x.LoginProvider == OidcSetup.Scheme).ToListAsync();
        if (!EntSignIn || wanted == links.OrderBy(x => x.ProviderKey, StringComparer.Ordinal).FirstOrDefault()?.ProviderKey
                       || (wanted is not null && links.Any(x => x.ProviderKey == wanted)))
        {
            return;
        }

        db.UserLogins.RemoveRange(links);
        if (wanted is not null)
        {
            db.UserLogins.Add(new IdentityUserLogin<Guid>
            {
                LoginProvider = OidcSetup.Scheme, ProviderKey = wanted, ProviderDisplayName = configuration["Authentication:Oidc:DisplayName"] ?? "ENT", UserId = Person.Id,
            });
        }

        audit.Record("person.ent-identifier-changed", Person.Id);
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var person = await access.ManagedPeople().SingleOrDefaultAsync(u => u.Id == id);
        if (person is null)
        {
            return false;
        }

        Person = person;
        CurrentRoles = await users.GetRolesAsync(person);
        Memberships = await db.CohortMembers.AsNoTracking().Where(m => m.PersonId == id)
            .Join(db.Cohorts, m => m.CohortId, c => c.Id, (m, c) => new Membership(c.Id, c.Name, c.SchoolYear, m.Role))
            .ToListAsync();
        return true;
    }

    public sealed record Membership(Guid CohortId, string Name, string SchoolYear, CohortRole Role);

    public sealed class PersonInput
    {
        [Display(Name = "Prénom")]
        public string FirstName { get; set; } = "";

        [Display(Name = "Nom de famille")]
        public string LastName { get; set; } = "";

        [Display(Name = "Adresse e-mail")]
        public string Email { get; set; } = "";

        [Display(Name = "Date de naissance")]
        [DataType(DataType.Date)]
        public DateOnly? BirthDate { get; set; }

        [Display(Name = "Rôles")]
        public List<string> Roles { get; set; } = [];

        public string ConcurrencyStamp { get; set; } = "";

        [Display(Name = "Identifiant ENT")]
        public string? EntIdentifier { get; set; }
    }
}
