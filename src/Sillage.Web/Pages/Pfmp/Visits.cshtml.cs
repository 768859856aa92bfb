using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>The referent teacher's visits to the learner at the host: planned, then recorded (date, mode,
/// people met, notes). Managers and the period's referent teacher write; staff who see the period read.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class VisitsModel(SillageDb db, PfmpAccess access, AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public PeriodView View { get; private set; } = null!;
    public bool CanFollow { get; private set; }
    public IReadOnlyList<(PfmpVisit Visit, string Teacher)> Visits { get; private set; } = [];

    [BindProperty]
    public VisitInput Visit { get; set; } = new();

    public sealed class VisitInput
    {
        [Display(Name = "Date")]
        [DataType(DataType.Date)]
        public DateOnly? Date { get; set; }

        [Display(Name = "Mode")]
        public VisitMode Mode { get; set; } = VisitMode.OnSite;

        [Display(Name = "Personnes rencontrées")]
        public string? PeopleMet { get; set; }

        [Display(Name = "Notes de visite")]
        public string? Notes { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Visit.Date = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostPlanAsync(Guid id)
    {
        if (!await LoadAsync(id) || !CanFollow)
        {
            return NotFound();
        }

        if (Visit.Date is null || !Enum.IsDefined(Visit.Mode))
        {
            ModelState.AddModelError("Visit.Date", l["Saisissez la date et le mode de la visite."]);
            return Page();
        }

        db.PfmpVisits.Add(new PfmpVisit { PeriodId = id, TeacherId = access.UserId, PlannedOn = Visit.Date.Value, Mode = Visit.Mode, CreatedAt = clock.GetUtcNow().UtcDateTime });
        audit.Record("pfmp.visit-planned", id);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Visite planifiée le {0}.", Display.Date(Visit.Date.Value)].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>Records a visit: a planned one (<paramref name="visitId"/>) or one that was not planned.</summary>
    public async Task<IActionResult> OnPostRecordAsync(Guid id, Guid? visitId)
    {
        if (!await LoadAsync(id) || !CanFollow)
        {
            return NotFound();
        }

        var visit = visitId is { } existing
            ? await db.PfmpVisits.SingleOrDefaultAsync(v => v.Id == existing && v.PeriodId == id)
            : new PfmpVisit { PeriodId = id, TeacherId = access.UserId, PlannedOn = Visit.Date ?? default, Mode = Visit.Mode, CreatedAt = clock.GetUtcNow().UtcDateTime };
        if (visit is null)
        {
            return NotFound();
        }

        var error = Visit.Date is null || !Enum.IsDefined(Visit.Mode) ? new Message("Saisissez la date et le mode de la visite.")
            : FormText.TooLong(Visit.PeopleMet, 500, new Message("La liste des personnes rencontrées")) ?? FormText.TooLong(Visit.Notes, 4000, new Message("Les notes"))
            ?? visit.Record(Visit.Date.Value, Visit.Mode, Visit.PeopleMet, Visit.Notes, clock.Today);
        if (error is not null)
        {
            ModelState.AddMessage(l, "Visit.Date", error);
            return Page();
        }

        if (visitId is null)
        {
            db.PfmpVisits.Add(visit);
        }

        audit.Record("pfmp.visit-recorded", id);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Compte rendu de visite enregistré."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid visitId)
    {
        if (!await LoadAsync(id) || !CanFollow)
        {
            return NotFound();
        }

        await db.PfmpVisits.Where(v => v.Id == visitId && v.PeriodId == id && v.DoneOn == null).ExecuteDeleteAsync();
        TempData["Message"] = l["Visite prévue supprimée."].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var view = await PeriodView.LoadAsync(db, access.VisiblePeriods(), id, clock.Today);
        if (view is null)
        {
            return false;
        }

        View = view;
        CanFollow = access.CanFollow(view.Period, await access.ManagedPeriods().AnyAsync(p => p.Id == id));
        Visits = (await db.PfmpVisits.AsNoTracking().Where(v => v.PeriodId == id).OrderBy(v => v.PlannedOn)
                .Join(db.Users, v => v.TeacherId, u => u.Id, (v, u) => new { Visit = v, Teacher = u.FirstName + " " + u.LastName }).ToListAsync())
            .Select(x => (x.Visit, x.Teacher)).ToList();
        return true;
    }
}
