using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Organisations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Organisations;

/// <summary>Draws an organisation's org chart: people, their role and site, and whom they report to (no loops).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ChartModel(SillageDb db, OrganisationAccess access, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;

    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? personne, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new PersonInput { Version = Organisation.Version };
        if (personne is { } personId)
        {
            var person = Organisation.People.FirstOrDefault(p => p.Id == personId);
            if (person is null)
            {
                return NotFound();
            }

            Input = new PersonInput { Id = person.Id, Name = person.Name, Role = person.Role, Site = person.Site, ReportsToId = person.ReportsToId, Version = Organisation.Version };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var person = Input.Id is { } pid ? Organisation.People.FirstOrDefault(p => p.Id == pid) : null;
        if (Input.Id is not null && person is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Input.Name) || Input.Name.Trim().Length > 200)
        {
            ModelState.AddModelError("Input.Name", l["Indiquez le nom de la personne (200 caractères au plus)."]);
        }

        if (string.IsNullOrWhiteSpace(Input.Role) || Input.Role.Trim().Length > 200)
        {
            ModelState.AddModelError("Input.Role", l["Indiquez la fonction de la personne (200 caractères au plus)."]);
        }

        if (Input.Site is { Length: > 0 } site && Organisation.Sites.All(s => s.Name != site))
        {
            ModelState.AddModelError("Input.Site", l["Choisissez un site de l'organisation."]);
        }

        if (Input.ReportsToId is { } manager && Organisation.People.All(p => p.Id != manager))
        {
            ModelState.AddModelError("Input.ReportsToId", l["Choisissez un responsable dans l'organigramme."]);
        }
        else if (person is not null && OrganisationRules.WouldCreateCycle(Organisation.People.ToDictionary(p => p.Id, p => p.ReportsToId), person.Id, Input.ReportsToId))
        {
            ModelState.AddModelError("Input.ReportsToId", l["{0} ne peut pas dépendre de cette personne : l'organigramme formerait une boucle.", person.Name]);
        }

        if (ModelState.IsValid && Input.Version != Organisation.Version)
        {
            ModelState.AddModelError("", l["L'organisation a été modifiée par quelqu'un d'autre entre-temps : rechargez la page pour repartir de sa dernière version."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (person is null)
        {
            person = new OrganisationPerson { OrganisationId = id, Name = "", Role = "", SortOrder = Organisation.People.Select(p => p.SortOrder).DefaultIfEmpty(-1).Max() + 1 };
            Organisation.People.Add(person);
        }

        person.Name = Input.Name!.Trim();
        person.Role = Input.Role!.Trim();
        person.Site = string.IsNullOrWhiteSpace(Input.Site) ? null : Input.Site;
        person.ReportsToId = Input.ReportsToId;
        return await SaveAsync(id, l["{0} enregistré(e) dans l'organigramme.", person.Name].Value, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid personId, int version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var person = Organisation.People.FirstOrDefault(p => p.Id == personId);
        if (person is null)
        {
            return NotFound();
        }

        if (version != Organisation.Version)
        {
            ModelState.AddModelError("", l["L'organisation a été modifiée par quelqu'un d'autre entre-temps : rechargez la page pour repartir de sa dernière version."]);
            Input = new PersonInput { Version = Organisation.Version };
            return Page();
        }

        // Those who reported to the person now report to the person's own manager.
        foreach (var report in Organisation.People.Where(p => p.ReportsToId == personId))
        {
            report.ReportsToId = person.ReportsToId;
        }

        db.OrganisationPeople.Remove(person);
        Organisation.People.Remove(person);
        return await SaveAsync(id, l["{0} retiré(e) de l'organigramme.", person.Name].Value, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(Guid id, string message, CancellationToken cancellationToken)
    {
        Organisation.Version++;
        Organisation.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["L'organisation a été modifiée par quelqu'un d'autre entre-temps : rechargez la page pour repartir de sa dernière version."]);
            return Page();
        }

        TempData["Message"] = message;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await access.LoadEditableAsync(id, cancellationToken);
        if (organisation is null)
        {
            return false;
        }

        Organisation = organisation;
        return true;
    }

    public sealed class PersonInput
    {
        public Guid? Id { get; set; }

        [Display(Name = "Nom")]
        public string? Name { get; set; }

        [Display(Name = "Fonction")]
        public string? Role { get; set; }

        [Display(Name = "Site")]
        public string? Site { get; set; }

        [Display(Name = "Rend compte à")]
        public Guid? ReportsToId { get; set; }

        public int Version { get; set; }
    }
}
