using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Certification.Ccf.Sittings;

/// <summary>The référent schedules a sitting of a CCF situation for a cohort or one of its groups.</summary>
[Authorize(Policy = Policies.Management)]
public sealed class ScheduleModel(SillageDb db, CohortAccess cohorts, SittingForm form, SchoolClock clock, AuditLog audit, IStringLocalizer<Text> l) : PageModel, ISittingPage
{
    public SittingForm Form => form;

    [BindProperty]
    public SittingInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid? cohorte, string? situation)
    {
        if (!await LoadAsync(cohorte))
        {
            return NotFound();
        }

        var chosen = form.Situations.FirstOrDefault(s => s.Situation.Code == situation);
        Input.Situation = chosen.Situation?.Code ?? form.Situations.FirstOrDefault().Situation?.Code;
        Input.DurationMinutes = (chosen.Situation ?? form.Situations.FirstOrDefault().Situation)?.DefaultMinutes;
        Input.StartsAt = clock.Now.Date.AddDays(14).AddHours(9);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? cohorte)
    {
        if (!await LoadAsync(cohorte))
        {
            return NotFound();
        }

        if (await form.CheckAsync(Input, null, ModelState, l) is not { } chosen)
        {
            return Page();
        }

        var sitting = new CcfSitting
        {
            CohortId = form.CohortId, ExamCode = chosen.Exam.Code, SituationCode = chosen.Situation.Code,
            CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedById = User.UserId(),
        };
        await form.ApplyAsync(sitting, Input, chosen);
        db.CcfSittings.Add(sitting);
        audit.Record("ccf.sitting-scheduled", sitting.Id, $"{sitting.SituationCode} {sitting.StartsAt:u} ({sitting.Candidates.Count} candidats)");
        await db.SaveChangesAsync();
        TempData["Message"] = l["Passage {0} planifié avec {1} candidat(s).", sitting.SituationCode, sitting.Candidates.Count].Value;
        return RedirectToPage("/Certification/Ccf/Sittings/Detail", new { id = sitting.Id });
    }

    /// <summary>The cohort asked for, among those this référent manages; without one, the first of them.</summary>
    private async Task<bool> LoadAsync(Guid? cohortId)
    {
        var id = await cohorts.ManagedCohorts().Where(c => !c.Archived && (cohortId == null || c.Id == cohortId)).OrderBy(c => c.Name)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync();
        if (id is null)
        {
            return false;
        }

        await form.LoadAsync(id.Value);
        return true;
    }
}

/// <summary>A page showing the scheduling form (<c>_SittingForm</c>).</summary>
public interface ISittingPage
{
    SittingForm Form { get; }
    SittingInput Input { get; }
}
