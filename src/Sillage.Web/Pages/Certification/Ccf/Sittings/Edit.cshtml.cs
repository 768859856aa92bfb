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

/// <summary>The référent reschedules a sitting or changes its evaluators and candidates; two référents editing at once
/// cannot both win (<see cref="CcfSitting.Version"/>).</summary>
[Authorize(Policy = Policies.Management)]
public sealed class EditModel(SillageDb db, CcfAccess access, SittingForm form, SchoolClock clock, AuditLog audit, IStringLocalizer<Text> l) : PageModel, ISittingPage
{
    public SittingForm Form => form;
    public CcfSitting Sitting { get; private set; } = null!;

    [BindProperty]
    public SittingInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = new SittingInput
        {
            Situation = Sitting.SituationCode, GroupId = Sitting.GroupId, StartsAt = clock.ToSchoolTime(Sitting.StartsAt), DurationMinutes = Sitting.DurationMinutes,
            Room = Sitting.Room, Remote = Sitting.Remote, Note = Sitting.Note, Version = Sitting.Version,
            TeacherIds = Sitting.Evaluators.Where(e => e.Role == CcfEvaluatorRole.Teacher).Select(e => e.PersonId).ToList(),
            ProfessionalId = Sitting.Evaluators.Where(e => e.Role == CcfEvaluatorRole.Professional).Select(e => (Guid?)e.PersonId).FirstOrDefault(),
            LearnerIds = Sitting.Candidates.Select(c => c.LearnerId).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (await form.CheckAsync(Input, Sitting.Id, ModelState, l) is not { } chosen)
        {
            return Page();
        }

        db.Entry(Sitting).Property(s => s.Version).OriginalValue = Input.Version;
        await form.ApplyAsync(Sitting, Input, chosen);
        Sitting.Version = Input.Version + 1;
        audit.Record("ccf.sitting-updated", Sitting.Id, $"{Sitting.SituationCode} {Sitting.StartsAt:u} ({Sitting.Candidates.Count} candidats)");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, l["Ce passage a été modifié par quelqu'un d'autre pendant que vous l'éditiez. Rechargez la page pour voir sa version actuelle : vos saisies n'ont pas été enregistrées."]);
            return Page();
        }

        TempData["Message"] = l["Passage modifié. Envoyez à nouveau les convocations si la date ou le lieu ont changé."].Value;
        return RedirectToPage("/Certification/Ccf/Sittings/Detail", new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var sitting = await access.ManagedSittings().Include(s => s.Evaluators).Include(s => s.Candidates).SingleOrDefaultAsync(s => s.Id == id);
        if (sitting is null)
        {
            return false;
        }

        Sitting = sitting;
        await form.LoadAsync(sitting.CohortId, sitting.Candidates.Select(c => c.LearnerId).ToList());
        return true;
    }
}
