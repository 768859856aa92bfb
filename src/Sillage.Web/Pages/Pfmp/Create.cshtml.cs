using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>A manager plans a PFMP period for a learner: structure, tutor, dates, rhythm, annexe pédagogique.
/// The period starts with a draft convention.</summary>
[Authorize(Policy = Policies.Management)]
public sealed class CreateModel(SillageDb db, PeriodEditor editor, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public PeriodInput Input { get; set; } = new();

    public PeriodEditor.Options Options { get; private set; } = new();

    public async Task OnGetAsync(Guid? apprenant, Guid? structure)
    {
        Options = await editor.OptionsAsync();
        Input.LearnerId = apprenant;
        Input.HostOrganisationId = structure;
        Input.Days = [WorkWeek.Monday, WorkWeek.Tuesday, WorkWeek.Wednesday, WorkWeek.Thursday, WorkWeek.Friday];
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Options = await editor.OptionsAsync();
        await editor.ValidateAsync(Input, Options, null, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var learner = Options.Learners.First(o => o.Id == Input.LearnerId);
        var establishmentId = await db.Cohorts.Where(c => c.Id == learner.CohortId).Select(c => c.EstablishmentId).SingleAsync();
        var period = PfmpPeriod.New(learner.CohortId, learner.Id, Input.HostOrganisationId!.Value, clock.GetUtcNow().UtcDateTime);
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await editor.ApplyAsync(period, Input, Options, establishmentId) is { } error)
        {
            ModelState.AddMessage(l, "Input.TutorContactId", error);
            return Page();
        }

        db.PfmpPeriods.Add(period);
        audit.Record("pfmp.period-created", period.Id, learner.Name);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Message"] = l["Période créée pour {0}, avec une convention en brouillon.", learner.Name].Value;
        return RedirectToPage("/Pfmp/Detail", new { id = period.Id });
    }
}
