using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Calendar;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Calendar;

/// <summary>The establishment's holidays, entered by the référent: the training plan calendar and the PFMP
/// checks read them.</summary>
[Authorize(Policy = Policies.Management)]
public sealed class HolidaysModel(SillageDb db, CohortAccess access, IStringLocalizer<Text> l) : PageModel
{
    public IReadOnlyList<SchoolHoliday> Holidays { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Establishments { get; private set; } = [];

    [BindProperty]
    public HolidayInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!Establishments.Any(e => e.Id == Input.EstablishmentId))
        {
            ModelState.AddModelError("Input.EstablishmentId", l["Choisissez un établissement."]);
        }

        if (string.IsNullOrWhiteSpace(Input.Name))
        {
            ModelState.AddModelError("Input.Name", l["Donnez un nom à la période (ex. : vacances de la Toussaint)."]);
        }
        else if (Input.Name.Trim().Length > 150)
        {
            ModelState.AddModelError("Input.Name", l["Le nom de la période fait 150 caractères au plus."]);
        }

        if (Input.Start is null || Input.End is null)
        {
            ModelState.AddModelError("Input.Start", l["Saisissez le premier et le dernier jour de la période."]);
        }
        else if (Input.End < Input.Start)
        {
            ModelState.AddModelError("Input.End", l["Le dernier jour doit suivre le premier."]);
        }
        else if (Input.End.Value.DayNumber - Input.Start.Value.DayNumber > 120)
        {
            ModelState.AddModelError("Input.End", l["Une période de plus de 120 jours n'est pas une période de vacances : vérifiez les dates."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.SchoolHolidays.Add(new SchoolHoliday { EstablishmentId = Input.EstablishmentId!.Value, Name = Input.Name!.Trim(), Start = Input.Start!.Value, End = Input.End!.Value });
        await db.SaveChangesAsync();
        TempData["Message"] = l["Période « {0} » ajoutée.", Input.Name.Trim()].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        await LoadAsync();
        var ids = Establishments.Select(e => e.Id).ToList();
        var deleted = await db.SchoolHolidays.Where(h => h.Id == id && ids.Contains(h.EstablishmentId)).ExecuteDeleteAsync();
        if (deleted == 0)
        {
            return NotFound();
        }

        TempData["Message"] = l["Période supprimée."].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var isAdmin = User.IsInRole(Roles.Admin);
        var own = isAdmin ? null : await access.EstablishmentAsync();
        Establishments = (await db.Establishments.AsNoTracking().Where(e => isAdmin || e.Id == own).OrderBy(e => e.Name)
            .Select(e => new { e.Id, e.Name }).ToListAsync()).Select(e => (e.Id, e.Name)).ToList();
        var ids = Establishments.Select(e => e.Id).ToList();
        Holidays = await db.SchoolHolidays.AsNoTracking().Where(h => ids.Contains(h.EstablishmentId)).OrderBy(h => h.Start).ToListAsync();
        Input.EstablishmentId ??= Establishments.FirstOrDefault().Id;
    }

    public sealed class HolidayInput
    {
        [Display(Name = "Établissement")]
        public Guid? EstablishmentId { get; set; }

        [Display(Name = "Nom de la période")]
        public string? Name { get; set; }

        [Display(Name = "Premier jour")]
        [DataType(DataType.Date)]
        public DateOnly? Start { get; set; }

        [Display(Name = "Dernier jour")]
        [DataType(DataType.Date)]
        public DateOnly? End { get; set; }
    }
}
