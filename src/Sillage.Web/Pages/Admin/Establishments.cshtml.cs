using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Admin;

[Authorize(Policy = Policies.Admin)]
public sealed class EstablishmentsModel(SillageDb db, AuditLog audit, IStringLocalizer<Text> l) : PageModel
{
    public IReadOnlyList<Row> Establishments { get; private set; } = [];

    [BindProperty]
    public EstablishmentInput Input { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (string.IsNullOrWhiteSpace(Input.Name))
        {
            ModelState.AddModelError("Input.Name", l["Saisissez le nom de l'établissement."]);
        }

        if (!Uai.IsValid(Input.Uai))
        {
            ModelState.AddModelError("Input.Uai", l["UAI « {0} » invalide : 7 caractères puis une lettre de contrôle (exemple : 0750655E).", Input.Uai ?? ""]);
        }
        else if (await db.Establishments.AnyAsync(e => e.Uai == Uai.Normalize(Input.Uai!)))
        {
            ModelState.AddModelError("Input.Uai", l["Un établissement avec cet UAI existe déjà."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var establishment = new Establishment { Name = Input.Name!.Trim(), Uai = Uai.Normalize(Input.Uai!), City = string.IsNullOrWhiteSpace(Input.City) ? null : Input.City.Trim() };
        db.Establishments.Add(establishment);
        audit.Record("establishment.created", details: $"{establishment.Name} {establishment.Uai}");
        await db.SaveChangesAsync();
        TempData["Message"] = l["Établissement « {0} » créé.", establishment.Name].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync() =>
        Establishments = await db.Establishments.AsNoTracking().OrderBy(e => e.Name)
            .Select(e => new Row(e.Id, e.Name, e.Uai, e.City, db.Cohorts.Count(c => c.EstablishmentId == e.Id), db.Users.Count(u => u.EstablishmentId == e.Id)))
            .ToListAsync();

    public sealed record Row(Guid Id, string Name, string Uai, string? City, int Cohorts, int People);

    public sealed class EstablishmentInput
    {
        [Display(Name = "Nom")]
        public string? Name { get; set; }

        [Display(Name = "UAI")]
        public string? Uai { get; set; }

        [Display(Name = "Commune")]
        public string? City { get; set; }
    }
}
