using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.People;

/// <summary>A manager creates one account, optionally in a cohort, and sends the invitation.</summary>
[Authorize(Policy = Policies.Management)]
public sealed class CreateModel(SillageDb db, CohortAccess access, PersonAccounts accounts, Invitations invitations,
    SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Cohorts { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Establishments { get; private set; } = [];
    public IReadOnlyList<string> AllowedRoles => User.IsInRole(Roles.Admin) ? Roles.All : Roles.All.Where(r => r != Roles.Admin).ToList();

    public async Task OnGetAsync(Guid? promotion)
    {
        await LoadChoicesAsync();
        Input.CohortId = promotion;
        Input.EstablishmentId = await access.EstablishmentAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadChoicesAsync();
        if (!AllowedRoles.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", l["Choisissez un rôle dans la liste."]);
        }

        foreach (var (field, error) in new[]
                 {
                     ("Input.LastName", PersonRules.CheckName(Input.LastName, new Message("Nom"))),
                     ("Input.FirstName", PersonRules.CheckName(Input.FirstName, new Message("Prénom"))),
                     ("Input.Email", PersonRules.CheckEmail(Input.Email)),
                     ("Input.BirthDate", PersonRules.CheckBirthDate(Input.BirthDate, clock.Today)),
                 })
        {
            if (error is not null && ModelState[field]?.Errors.Count is null or 0)
            {
                ModelState.AddMessage(l, field, error);
            }
        }

        var establishmentId = User.IsInRole(Roles.Admin) ? Input.EstablishmentId : await access.EstablishmentAsync();
        if (establishmentId is null && !User.IsInRole(Roles.Admin))
        {
            ModelState.AddModelError(string.Empty, l["Votre compte n'est rattaché à aucun établissement : demandez à l'administrateur de vous y rattacher avant de créer des comptes."]);
        }
        else if (establishmentId is not null && !Establishments.Any(e => e.Id == establishmentId))
        {
            ModelState.AddModelError("Input.EstablishmentId", l["Établissement inconnu."]);
        }

        if (Input.CohortId is { } cohortId)
        {
            if (!Cohorts.Any(c => c.Id == cohortId))
            {
                ModelState.AddModelError("Input.CohortId", l["Promotion inconnue."]);
            }
            else if (Input.Role is not (Roles.Learner or Roles.Teacher))
            {
                ModelState.AddModelError("Input.CohortId", l["Seuls les apprenants et les enseignants sont membres d'une promotion."]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var (user, errors) = await accounts.CreateAsync(new(Input.FirstName, Input.LastName, Input.Email, Input.BirthDate, Input.Role, establishmentId));
        if (user is null)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError("Input.Email", error);
            }

            return Page();
        }

        if (Input.CohortId is { } cohort)
        {
            db.CohortMembers.Add(new CohortMember
            {
                CohortId = cohort,
                PersonId = user.Id,
                Role = Input.Role == Roles.Teacher ? CohortRole.Teacher : CohortRole.Learner,
                JoinedAt = clock.GetUtcNow().UtcDateTime,
            });
        }

        string? link = null;
        if (Input.SendInvitation)
        {
            link = await invitations.InviteAsync(user);
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Message"] = Input.SendInvitation
            ? l["Compte créé pour {0} ; l'invitation est partie.", user.FullName].Value
            : l["Compte créé pour {0}, sans invitation.", user.FullName].Value;
        TempData["InvitationLink"] = link;
        return RedirectToPage("/People/Edit", new { id = user.Id });
    }

    private async Task LoadChoicesAsync()
    {
        Cohorts = (await access.ManagedCohorts().AsNoTracking().Where(c => !c.Archived)
                .OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name).Select(c => new { c.Id, c.Name, c.SchoolYear }).ToListAsync())
            .Select(c => (c.Id, $"{c.Name} ({c.SchoolYear})")).ToList();
        var isAdmin = User.IsInRole(Roles.Admin);
        var own = isAdmin ? null : await access.EstablishmentAsync();
        Establishments = (await db.Establishments.AsNoTracking().Where(e => isAdmin || e.Id == own).OrderBy(e => e.Name)
                .Select(e => new { e.Id, e.Name }).ToListAsync())
            .Select(e => (e.Id, e.Name)).ToList();
    }

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

        [Display(Name = "Rôle")]
        public string Role { get; set; } = Roles.Learner;

        [Display(Name = "Établissement")]
        public Guid? EstablishmentId { get; set; }

        [Display(Name = "Promotion")]
        public Guid? CohortId { get; set; }

        [Display(Name = "Envoyer l'invitation maintenant")]
        public bool SendInvitation { get; set; } = true;
    }
}
